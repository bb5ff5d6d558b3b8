using Chronicle.Core.Contract;
using Chronicle.Core.Story;

namespace Chronicle.Cli.Output;

/// <summary>The story-level JSON contract of a commitment (DESIGN.md), with each phase's own status added.</summary>
internal sealed record CommitmentJson(
    string Id, IReadOnlyList<string> Who, string Action, string What, IReadOnlyList<PhaseStatus> Phases, IReadOnlyList<string> Conditions,
    string State, string AsOf, string? Due, IReadOnlyList<HistoryEntry> History, IReadOnlyList<MentionRef> Mentions)
{
    public static CommitmentJson From(CommitmentAsOf c) =>
        new(c.Commitment.Id, c.Commitment.Who, c.Commitment.Action, c.Commitment.What, c.Phases, c.Commitment.Conditions,
            c.State, c.AsOf, c.Due, c.Commitment.History, c.Commitment.Mentions);
}
