using System.CommandLine;
using System.Globalization;
using Chronicle.Cli.Output;
using Chronicle.Core.Contract;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle actor NAME [--db FILE] [--json]</c>: one actor's mentions in time order.</summary>
internal static class ActorCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "An actor's name, alias, id, or a form seen in the corpus (\"Sudani\", \"Kataeb Hezbollah\")" };
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var command = new Command("actor", "Show one actor's mentions in time order: article date, outlet, the form used and its sentence") { name, db, json };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var index = ActorsCommand.Load(parse.GetValue(db)!, error);
            if (index is null)
            {
                return ExitCodes.Failed;
            }

            var query = parse.GetValue(name)!;
            var actor = index.Find(query);
            if (actor is null)
            {
                error.WriteLine($"chronicle: no actor '{query}' in {parse.GetValue(db)} (see 'chronicle actors')");
                return ExitCodes.Failed;
            }

            var mentions = index.MentionsOf(actor.Id);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                output.WriteLine(ContractJson.Serialize(new { actor, mentions }));
                return ExitCodes.Ok;
            }

            output.WriteLine($"{actor.Name} ({actor.Kind}, {actor.Id}){(actor.Curated ? "" : " — not in the actor file")}");
            foreach (var role in actor.Roles)
            {
                output.WriteLine("  role: " + role);
            }

            if (actor.MemberOf.Count > 0)
            {
                output.WriteLine("  member of: " + string.Join(", ", actor.MemberOf));
            }

            output.WriteLine($"  {actor.Mentions} mention(s) in {actor.Articles} article(s); forms: {string.Join(", ", actor.Aliases.Select(a => a.Text))}");
            var table = new TextTable("published", "outlet", "form", "conf", "sentence", "article") { MaxCellWidth = 110 };
            foreach (var m in mentions)
            {
                table.Add(m.Published ?? "unknown", m.Outlet ?? "?", m.Text, m.Confidence.ToString("0.00", CultureInfo.InvariantCulture), m.Sentence, m.ArticleId);
            }

            table.Write(output);
            return ExitCodes.Ok;
        });
        return command;
    }
}
