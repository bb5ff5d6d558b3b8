using Chronicle.Core.Contract;

namespace Chronicle.Core.Story;

// The story-level view (DESIGN.md "Story-level JSON"): canonical events, commitments with a history,
// and conflicts, each pointing back to the sentences and outlets they rest on.

/// <summary>Where a story item was reported: article, outlet, source path or URL, the sentence and its span.</summary>
public sealed record MentionRef(string ArticleId, string? Outlet, string Source, string Sentence, int Start, int End, string? Published);

/// <summary>
/// One real-world event as reported by one or more articles. <see cref="Corroboration"/> counts
/// independent articles (syndicated copies of one text count once); <see cref="MergeReasons"/> says why
/// each later mention was joined to the first. <see cref="TimeFromReport"/> marks a time that is the day of
/// the earliest report (mod <c>ON_OR_BEFORE</c>), used only when no mention's text dates the event.
/// </summary>
public sealed record CanonicalEvent(
    string Id,
    string Type,
    string? Mode,
    TimeValueDto? Time,
    string Modality,
    bool Negated,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Targets,
    string? Place,
    IReadOnlyList<MentionRef> Mentions,
    IReadOnlyList<string> MergeReasons,
    int Corroboration,
    string? EarliestReport,
    bool TimeFromReport = false);

/// <summary>A deadline of a commitment phase, with the article that gave it.</summary>
public sealed record StoryPhase(string What, TimeValueDto? Deadline);

/// <summary>One step of a commitment's history: a state, when it was reported, and the evidence.</summary>
public sealed record HistoryEntry(string State, string? Date, string ArticleId, string? Outlet, string Sentence, string? Detail = null);

/// <summary>A commitment followed across articles.</summary>
public sealed record StoryCommitment(
    string Id,
    IReadOnlyList<string> Who,
    string Action,
    string What,
    IReadOnlyList<StoryPhase> Phases,
    IReadOnlyList<string> Conditions,
    IReadOnlyList<HistoryEntry> History,
    IReadOnlyList<MentionRef> Mentions);

/// <summary>One side of a conflict: the claim as one outlet made it.</summary>
public sealed record ConflictSide(string Claim, string Sentence, string ArticleId, string? Outlet, string Source);

/// <summary>Two (or more) claims that cannot all hold, side by side.</summary>
public sealed record Conflict(string Id, string Kind, string About, IReadOnlyList<ConflictSide> Sides);

/// <summary>A syndicated or near-duplicate article and the earlier article it copies.</summary>
public sealed record DuplicateLink(string ArticleId, string DuplicateOf, double Similarity);
