using System.CommandLine;
using Chronicle.Cli.Output;
using Chronicle.Core.Contract;
using Chronicle.Core.Story;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle timeline</c>: canonical events across the stored articles, ordered by when they
/// happened (not when they were reported), each with its sources; undated events listed apart.
/// </summary>
internal static class TimelineCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var from = new Option<string?>("--from") { Description = "Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)" };
        var to = new Option<string?>("--to") { Description = "Only events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)" };
        var actor = new Option<string?>("--actor") { Description = "Only events whose source or target actor name contains this text" };
        var type = new Option<string?>("--type") { Description = "Only events of this PLOVER type (AGREE, CONSULT, REQUEST, ASSAULT, RETREAT, ...)" };
        var command = new Command("timeline", "The story's events in the order they happened, merged across outlets, with their sources")
        {
            db, json, from, to, actor, type,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (!DateArgument.TryParse("--from", parse.GetValue(from), error, end: false, out var fromDay)
                || !DateArgument.TryParse("--to", parse.GetValue(to), error, end: true, out var toDay))
            {
                return ExitCodes.Usage;
            }

            using var store = StoreOpener.Open(parse.GetValue(db)!, error, mustExist: true);
            if (store is null)
            {
                return ExitCodes.Failed;
            }

            var story = store.LoadStory();
            var timeline = TimelineQuery.Build(StoryView.Events(story), new TimelineFilter(fromDay, toDay, parse.GetValue(actor), parse.GetValue(type)));
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                output.WriteLine(ContractJson.Serialize(timeline.Dated.Concat(timeline.Undated)));
                return ExitCodes.Ok;
            }

            StoryPrinter.Timeline(timeline, output);
            return ExitCodes.Ok;
        });
        return command;
    }
}
