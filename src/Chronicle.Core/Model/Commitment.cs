namespace Chronicle.Core.Model;

/// <summary>How a commitment stands in the article that reports it.</summary>
public enum CommitmentState
{
    Proposed,
    Demanded,
    AgreedInPrinciple,
    AwaitingApproval,
    Announced,
    InProgress,
    Met,
    Missed,
    Revised,
    Disputed,
    Denied,
    Withdrawn,
    /// <summary>Agreed by the parties, with no approval step reported as pending.</summary>
    Agreed,
}

/// <summary>One step of a phased plan and its deadline.</summary>
public sealed record CommitmentPhase(string What, TimeValue? Deadline, TextSpan Span);

/// <summary>
/// A planned action with a deadline or schedule: who commits, what action (a PLOVER type), the phases
/// and their deadlines, the conditions it depends on, its state as reported, and who reports it.
/// </summary>
public sealed record Commitment(
    TextSpan Span,
    IReadOnlyList<string> Who,
    string Action,
    string What,
    TimeValue? Deadline,
    IReadOnlyList<CommitmentPhase> Phases,
    IReadOnlyList<string> Conditions,
    CommitmentState State,
    string? ClaimedBy,
    double Confidence);
