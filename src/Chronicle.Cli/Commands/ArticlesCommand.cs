using System.CommandLine;
using System.Globalization;
using Chronicle.Cli.Output;
using Chronicle.Core.Contract;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle articles</c>: lists the stored articles.</summary>
internal static class ArticlesCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var command = new Command("articles", "List the stored articles: id, publication date and its origin, outlet, title") { db, json };
        command.SetAction(parse =>
        {
            using var store = StoreOpener.Open(parse.GetValue(db)!, parse.InvocationConfiguration.Error, mustExist: true);
            if (store is null)
            {
                return ExitCodes.Failed;
            }

            var output = parse.InvocationConfiguration.Output;
            var list = store.List();
            if (parse.GetValue(json))
            {
                output.WriteLine(ContractJson.Serialize(list.Select(a => new
                {
                    a.Id, a.Title, a.Outlet, Published = new { Value = a.Published, Origin = a.PublishedOrigin }, a.Source, a.Part, a.Characters,
                    Sources = store.SourcesOf(a.Id),
                })));
                return ExitCodes.Ok;
            }

            var table = new TextTable("id", "published", "origin", "outlet", "title", "chars", "source") { MaxCellWidth = 50 };
            foreach (var a in list)
            {
                table.Add(a.Id, a.Published ?? "unknown", a.PublishedOrigin, a.Outlet ?? "?", a.Title ?? "(untitled)",
                    a.Characters.ToString(CultureInfo.InvariantCulture), a.Part > 1 ? $"{a.Source}#{a.Part}" : a.Source);
            }

            table.Write(output);
            output.WriteLine($"{list.Count} article(s) in {parse.GetValue(db)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
