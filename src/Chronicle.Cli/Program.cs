using System.CommandLine;
using Chronicle.Cli.Commands;

namespace Chronicle.Cli;

public static class Program
{
    public static Task<int> Main(string[] args) => BuildRoot().Parse(args).InvokeAsync();

    /// <summary>The command tree; one file a command under Commands/.</summary>
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand(
            "Chronicle turns news articles about an unfolding story into a sourced timeline: events, actors, quotes, " +
            "numeric claims and commitments, each traceable to its sentence.");
        // Store and read; the story; each stage's listing; evaluations.
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(ArticlesCommand.Create());
        root.Subcommands.Add(ShowCommand.Create());
        root.Subcommands.Add(AnnotateCommand.Create());
        root.Subcommands.Add(TimelineCommand.Create());
        root.Subcommands.Add(EventCommand.Create());
        root.Subcommands.Add(CommitmentsCommand.Create());
        root.Subcommands.Add(ConflictsCommand.Create());
        root.Subcommands.Add(ActorsCommand.Create());
        root.Subcommands.Add(ActorCommand.Create());
        root.Subcommands.Add(QuotesCommand.Create());
        root.Subcommands.Add(EventsCommand.Create());
        root.Subcommands.Add(ClaimsCommand.Create());
        root.Subcommands.Add(CommitmentMentionsCommand.Create());
        root.Subcommands.Add(TimeMlCommand.Create());
        root.Subcommands.Add(TimeMlScoreCommand.Create());
        root.Subcommands.Add(EvalActorsCommand.Create());
        root.Subcommands.Add(EvalAttributionCommand.Create());
        root.Subcommands.Add(EvalEventsCommand.Create());
        return root;
    }
}
