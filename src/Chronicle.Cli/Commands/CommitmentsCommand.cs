using System.CommandLine;
using Chronicle.Cli.Output;
using Chronicle.Core.Contract;
using Chronicle.Core.Story;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle commitments [--as-of DATE]</c>: each commitment followed across articles, with its
/// history of states and its state as known on a date (overdue, due in N days, met …).
/// </summary>
internal static class CommitmentsCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var asOf = new Option<string?>("--as-of")
        {
            Description = "State as known on this date (YYYY-MM-DD; default: the latest report in the corpus). Only reports dated on or before it count",
        };
        var command = new Command("commitments", "Commitments and deadlines across the story: phases, conditions, history and state as of a date") { db, json, asOf };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (!DateArgument.TryParse("--as-of", parse.GetValue(asOf), error, end: true, out var asOfDay))
            {
                return ExitCodes.Usage;
            }

            using var store = StoreOpener.Open(parse.GetValue(db)!, error, mustExist: true);
            if (store is null)
            {
                return ExitCodes.Failed;
            }

            var story = store.LoadStory();
            var day = asOfDay ?? LatestReport(story);
            var commitments = StoryView.Commitments(story, day).ToList();
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                output.WriteLine(ContractJson.Serialize(commitments.Select(CommitmentJson.From)));
            }
            else
            {
                StoryPrinter.Commitments(commitments, output);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Without --as-of, judge as of the newest dated article: no clock is read.</summary>
    private static DateOnly LatestReport(StoryState story) =>
        story.Articles.Select(a => Deadline.Day(a.Published)).Where(d => d is not null).Select(d => d!.Value).DefaultIfEmpty(DateOnly.MinValue).Max();
}
