using System.CommandLine;
using Chronicle.Cli.Output;
using Chronicle.Core.Attribution;
using Chronicle.Core.Contract;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle quotes [--actor NAME]</c>: who said what, where and through whom, across the stored articles.</summary>
internal static class QuotesCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var actor = new Option<string?>("--actor") { Description = "Only quotes whose speaker matches this name, id or description (e.g. Sudani, \"Iraqi official\")" };
        var command = new Command("quotes", "Quotes and attributions across the stored articles: speaker, cue, venue, source chain") { db, actor, json };
        command.SetAction(parse =>
        {
            using var store = StoreOpener.Open(parse.GetValue(db)!, parse.InvocationConfiguration.Error, mustExist: true);
            if (store is null)
            {
                return ExitCodes.Failed;
            }

            var rows = QuoteListing.Filter(store.All(), parse.GetValue(actor));
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                output.WriteLine(ContractJson.Serialize(rows));
                return ExitCodes.Ok;
            }

            var table = new TextTable("article", "outlet", "speaker", "cue", "venue", "via", "quote") { MaxCellWidth = 90 };
            foreach (var r in rows)
            {
                var s = r.Quote.Speaker;
                table.Add(r.ArticleId, r.Outlet ?? "?", s.Name ?? s.Description ?? s.Text ?? "(unnamed)", r.Quote.Cue.Text, r.Quote.Venue ?? "",
                    string.Join(" > ", r.Quote.Via), (r.Quote.Direct ? "\u201C" : "") + r.Quote.Text + (r.Quote.Direct ? "\u201D" : ""));
            }

            table.Write(output);
            output.WriteLine($"{rows.Count} quote(s)");
            return ExitCodes.Ok;
        });
        return command;
    }
}
