using System.CommandLine;
using System.Globalization;
using Chronicle.Core.Contract;
using Chronicle.Core.Events.Query;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle claims</c>: every numeric claim in the store with what it counts, where, when and who claims it.</summary>
internal static class ClaimsCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var command = new Command("claims", "List numeric claims across stored articles: quantity, unit, what, where, as of when, claimed by") { db, json };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            using var store = StoreOpener.Open(parse.GetValue(db)!, error, mustExist: true);
            if (store is null)
            {
                return ExitCodes.Failed;
            }

            var rows = Listings.Claims(store.All());
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                output.WriteLine(ContractJson.Serialize(rows));
                return ExitCodes.Ok;
            }

            foreach (var r in rows)
            {
                var c = r.Claim;
                var quantity = (c.Vague ? ">=" : c.Approx ? "~" : "") + c.Quantity.ToString("#,0.##", CultureInfo.InvariantCulture);
                output.WriteLine($"{c.Time?.Value ?? r.From.Published ?? "undated",-11} {quantity,10} {c.About ?? c.Unit}" +
                    $"{(c.ClaimedBy is { } by ? "  (" + by + ")" : "")}  [{r.From.Outlet ?? r.From.ArticleId}]");
            }

            output.WriteLine($"{rows.Count} claims");
            return ExitCodes.Ok;
        });
        return command;
    }
}
