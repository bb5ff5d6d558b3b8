using System.CommandLine;
using Chronicle.Cli.Output;
using Chronicle.Core.Contract;
using Chronicle.Core.Story;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle conflicts</c>: claims that cannot all hold, side by side with their sources.</summary>
internal static class ConflictsCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var command = new Command("conflicts", "Claims that cannot all hold (deadlines, numbers, assertion vs denial), side by side with their sources") { db, json };
        command.SetAction(parse =>
        {
            using var store = StoreOpener.Open(parse.GetValue(db)!, parse.InvocationConfiguration.Error, mustExist: true);
            if (store is null)
            {
                return ExitCodes.Failed;
            }

            var conflicts = ConflictFinder.Find(store.LoadStory());
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                output.WriteLine(ContractJson.Serialize(conflicts));
            }
            else
            {
                StoryPrinter.Conflicts(conflicts, output);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
