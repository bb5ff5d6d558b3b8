using System.CommandLine;
using Chronicle.Core.Contract;
using Chronicle.Core.Events.Query;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle events [--type T] [--actor A]</c>: every extracted event mention in the store, with its sentence.</summary>
internal static class EventsCommand
{
    public static Command Create()
    {
        var type = new Option<string?>("--type") { Description = "Only this PLOVER type (AGREE, CONSULT, REQUEST, REJECT, THREATEN, ACCUSE, ASSAULT, RETREAT, …)" };
        var actor = new Option<string?>("--actor") { Description = "Only events with this actor (part of a name) among sources or targets" };
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var command = new Command("events", "List event mentions across stored articles: type, modality, who to whom, where, when") { type, actor, db, json };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            using var store = StoreOpener.Open(parse.GetValue(db)!, error, mustExist: true);
            if (store is null)
            {
                return ExitCodes.Failed;
            }

            var rows = Listings.Events(store.All(), parse.GetValue(type), parse.GetValue(actor));
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                output.WriteLine(ContractJson.Serialize(rows));
                return ExitCodes.Ok;
            }

            foreach (var r in rows)
            {
                var e = r.Event;
                output.WriteLine($"{e.Time?.Value ?? "undated",-11}{(e.TimeFromPublication ? "*" : e.TimeFromContext ? "~" : " ")} {e.Type}{(e.Mode is { } m ? "/" + m : "")} " +
                    $"{e.Modality}{(e.Negated ? " (negated)" : "")}  {Names(e.Sources)} -> {Names(e.Targets)}{(e.Place is { } p ? " @ " + p : "")}  [{r.From.Outlet ?? r.From.ArticleId}]");
                output.WriteLine($"    {Shorten(r.From.Sentence)}");
            }

            output.WriteLine($"{rows.Count} events (* = dated by the article's publication date, ~ = by the date a sentence just before opens with)");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Names(IReadOnlyList<string> names) => names.Count == 0 ? "?" : string.Join(", ", names);

    private static string Shorten(string s) => s.Length <= 160 ? s : s[..157] + "...";
}
