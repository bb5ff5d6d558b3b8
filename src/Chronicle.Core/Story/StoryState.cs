using Chronicle.Core.Contract;

namespace Chronicle.Core.Story;

/// <summary>
/// One article's event mention as the story keeps it. <see cref="Mentioned"/> holds every actor named in
/// its sentence, participant or not ("US troops have not left, the group said" names the United States).
/// </summary>
public sealed record EventMember(
    MentionRef Mention, string Type, string? Mode, TimeValueDto? Time, bool TimeFromPublication, string Modality, bool Negated,
    IReadOnlyList<string> Sources, IReadOnlyList<string> Targets, string? Place, string Group, IReadOnlyList<string>? Mentioned = null)
{
    /// <summary>The type of action this mention is about: a rejection or denial of a withdrawal ("REJECT/retreat") is about RETREAT.</summary>
    public string Subject => EventTypes.Subject(Type, Mode);
}

/// <summary>One article's commitment mention as the story keeps it.</summary>
public sealed record CommitmentMember(
    MentionRef Mention, IReadOnlyList<string> Who, string Action, string What, TimeValueDto? Deadline, IReadOnlyList<PhaseDto> Phases,
    IReadOnlyList<string> Conditions, string State, string? ClaimedBy);

/// <summary>One article's numeric claim as the story keeps it.</summary>
public sealed record ClaimMember(
    MentionRef Mention, decimal Quantity, bool Approx, bool Vague, string Unit, string? About, string? Place, TimeValueDto? Time, string? ClaimedBy, string Group);

/// <summary>Mentions judged to be the same event, and why.</summary>
public sealed class EventCluster
{
    public required string Id { get; init; }

    public List<EventMember> Members { get; init; } = [];

    public List<string> Reasons { get; init; } = [];
}

/// <summary>Mentions judged to be the same commitment, and the events that bear on it.</summary>
public sealed class CommitmentCluster
{
    public required string Id { get; init; }

    public List<CommitmentMember> Members { get; init; } = [];

    /// <summary>Reports of the committed action happening (or being denied) after the commitment was made.</summary>
    public List<EventMember> Evidence { get; init; } = [];
}

/// <summary>What the story remembers of each article: its date, outlet and near-duplicate fingerprint.</summary>
public sealed record ArticleFingerprint(string Id, string? Outlet, string? Published, ulong[] Signature, string? DuplicateOf, double Similarity);

/// <summary>
/// The whole story so far: everything needed to add one more article without going back to the
/// articles already seen. Serialisable as JSON, so the store can keep it between runs.
/// </summary>
public sealed class StoryState
{
    public List<ArticleFingerprint> Articles { get; init; } = [];

    /// <summary>Locality-sensitive buckets of <see cref="MinHash"/> bands → article ids.</summary>
    public Dictionary<string, List<string>> Buckets { get; init; } = [];

    /// <summary>Position of each article in <see cref="Articles"/>, by id.</summary>
    public Dictionary<string, int> ArticlePositions { get; init; } = [];

    public List<EventCluster> Events { get; init; } = [];

    /// <summary>
    /// Event clusters by "TYPE|actor" and "TYPE|actor|yyyy-MM": a new mention is compared only with
    /// clusters of its type that share an actor (and, when dated, a month), never with the whole story.
    /// </summary>
    public Dictionary<string, List<int>> EventKeys { get; init; } = [];

    /// <summary>The <see cref="StoryIndex.Version"/> <see cref="EventKeys"/> was built with (0: a story saved before versions were kept).</summary>
    public int IndexVersion { get; set; }

    /// <summary>Commitment clusters by "ACTION|party".</summary>
    public Dictionary<string, List<int>> CommitmentKeys { get; init; } = [];

    public List<CommitmentCluster> Commitments { get; init; } = [];

    public List<ClaimMember> Claims { get; init; } = [];

    public int NextEventId { get; set; } = 1;

    public int NextCommitmentId { get; set; } = 1;
}
