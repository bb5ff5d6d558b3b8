using System.CommandLine;
using Chronicle.Core.Contract;
using Chronicle.Core.Events.Query;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle commitment-mentions</c>: every commitment as each article reports it (who, action,
/// phases with deadlines, conditions, state, claimed by). <c>chronicle commitments</c> follows them
/// across articles with their status as of a date.
/// </summary>
internal static class CommitmentMentionsCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var command = new Command("commitment-mentions", "List commitments as each stored article reports them: phases, deadlines, conditions, state") { db, json };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            using var store = StoreOpener.Open(parse.GetValue(db)!, error, mustExist: true);
            if (store is null)
            {
                return ExitCodes.Failed;
            }

            var rows = Listings.Commitments(store.All());
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                output.WriteLine(ContractJson.Serialize(rows));
                return ExitCodes.Ok;
            }

            foreach (var r in rows)
            {
                var c = r.Commitment;
                output.WriteLine($"{r.From.Published ?? "undated",-11} {(c.Who.Count == 0 ? "?" : string.Join(", ", c.Who))} {c.Action} \u201C{c.What}\u201D " +
                    $"by {Deadline(c.Deadline)} [{c.State}]{(c.ClaimedBy is { } by ? "  (" + by + ")" : "")}  [{r.From.Outlet ?? r.From.ArticleId}]");
                foreach (var p in c.Phases)
                {
                    output.WriteLine($"    phase: \u201C{p.What}\u201D by {Deadline(p.Deadline)}");
                }

                foreach (var condition in c.Conditions)
                {
                    output.WriteLine($"    if: {condition}");
                }
            }

            output.WriteLine($"{rows.Count} commitments");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Deadline(TimeValueDto? d) => d is null ? "?" : d.Value + (d.Mod is { } m ? " " + m : "");
}
