using System.CommandLine;
using System.Globalization;
using Chronicle.Cli.Output;
using Chronicle.Core.Actors.Catalog;
using Chronicle.Core.Actors.Index;
using Chronicle.Core.Contract;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle actors [--db FILE] [--json]</c>: canonical actors across the stored corpus.</summary>
internal static class ActorsCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var command = new Command("actors", "List the actors of the stored corpus: mention counts, forms seen, roles (unknown names clustered)") { db, json };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var index = Load(parse.GetValue(db)!, error);
            if (index is null)
            {
                return ExitCodes.Failed;
            }

            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                output.WriteLine(ContractJson.Serialize(index.Actors));
                return ExitCodes.Ok;
            }

            var table = new TextTable("actor", "kind", "mentions", "articles", "forms seen", "roles", "id") { MaxCellWidth = 48 };
            foreach (var a in index.Actors)
            {
                table.Add(a.Name, a.Kind, a.Mentions.ToString(CultureInfo.InvariantCulture), a.Articles.ToString(CultureInfo.InvariantCulture),
                    string.Join(", ", a.Aliases.Take(4).Select(x => $"{x.Text} ({x.Count})")), string.Join("; ", a.Roles), a.Id);
            }

            table.Write(output);
            output.WriteLine($"{index.Actors.Count} actor(s), {index.Actors.Count(a => !a.Curated)} not in the actor file");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Builds the actor index of the database, or writes why it cannot and returns null.</summary>
    internal static ActorIndex? Load(string path, TextWriter error)
    {
        using var store = StoreOpener.Open(path, error, mustExist: true);
        if (store is null)
        {
            return null;
        }

        try
        {
            return ActorIndex.Build(store.All(), ActorCatalog.LoadDefault());
        }
        catch (ActorFileException e)
        {
            error.WriteLine("chronicle: " + e.Message);
            return null;
        }
    }
}
