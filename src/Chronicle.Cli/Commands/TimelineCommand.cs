using System.CommandLine;
using Chronicle.Cli.Output;
using Chronicle.Core.Contract;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle timeline</c>: for now, every sentence that carries a resolved date, ordered by that
/// date — labelled as such. The story stage replaces it with merged events.
/// </summary>
internal static class TimelineCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var command = new Command("timeline", "Dated sentences across the stored articles, ordered by the date they mention") { db, json };
        command.SetAction(parse =>
        {
            using var store = StoreOpener.Open(parse.GetValue(db)!, parse.InvocationConfiguration.Error, mustExist: true);
            if (store is null)
            {
                return ExitCodes.Failed;
            }

            var entries = DatedSentences.From(store.All()).ToList();
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                output.WriteLine(ContractJson.Serialize(entries));
                return ExitCodes.Ok;
            }

            output.WriteLine("Dated sentences (each sentence placed at the date it mentions):");
            var table = new TextTable("date", "outlet", "sentence") { MaxCellWidth = 110 };
            foreach (var e in entries)
            {
                table.Add(e.Date + (e.Mod is { } m ? " " + m : ""), e.Outlet ?? "?", e.Sentence);
            }

            table.Write(output);
            return ExitCodes.Ok;
        });
        return command;
    }
}
