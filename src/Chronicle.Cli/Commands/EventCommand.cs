using System.CommandLine;
using Chronicle.Cli.Output;
using Chronicle.Core.Contract;
using Chronicle.Core.Story;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle event ID</c>: one canonical event, every mention and why they were merged.</summary>
internal static class EventCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "Canonical event id from 'chronicle timeline' (e.g. E12)" };
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var command = new Command("event", "Show one canonical event: its mentions in every article and why they were merged") { id, db, json };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            using var store = StoreOpener.Open(parse.GetValue(db)!, error, mustExist: true);
            if (store is null)
            {
                return ExitCodes.Failed;
            }

            var story = store.LoadStory();
            var wanted = parse.GetValue(id)!;
            var cluster = story.Events.FirstOrDefault(e => string.Equals(e.Id, wanted, StringComparison.OrdinalIgnoreCase));
            if (cluster is null)
            {
                error.WriteLine($"chronicle: no event '{wanted}'; see 'chronicle timeline' for ids");
                return ExitCodes.Failed;
            }

            var e = StoryView.Canonical(cluster, story);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                output.WriteLine(ContractJson.Serialize(e));
            }
            else
            {
                StoryPrinter.Event(e, output);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
