namespace Chronicle.Core.Events.Evaluation;

/// <summary>A gold actor: canonical name and the forms the text may use for it.</summary>
public sealed record GoldActor(string Name, IReadOnlyList<string> Forms);

/// <summary>
/// A gold event. <see cref="Dates"/> is null when the gold does not check the date, empty when the
/// text gives no date ("date": null), else the acceptable values (prefix match).
/// </summary>
public sealed record GoldEvent(
    string Cue, IReadOnlyList<string> Types, IReadOnlyList<string>? Dates, string? Modality,
    IReadOnlyList<string> Sources, IReadOnlyList<string> Targets, string? Place, string? Mode);

public sealed record GoldClaim(string Cue, decimal Quantity, string? Unit, bool? Approx, string? Place);

public sealed record GoldDeadline(string Value, string? Mod);

public sealed record GoldPhase(string? What, GoldDeadline? Deadline);

/// <summary>A gold commitment; <see cref="DeadlineChecked"/> says whether "deadline" was given (it may be null).</summary>
public sealed record GoldCommitment(
    string Cue, IReadOnlyList<string> Who, string Action, bool DeadlineChecked, GoldDeadline? Deadline,
    IReadOnlyList<GoldPhase>? Phases, IReadOnlyList<string>? Conditions, string? State);

/// <summary>One article of a gold file: where it is, its publication date, and what must be found in it.</summary>
public sealed record GoldArticle(
    string File, int Part, string? Published, IReadOnlyList<GoldActor> Actors,
    IReadOnlyList<GoldEvent> Events, IReadOnlyList<GoldClaim> Claims, IReadOnlyList<GoldCommitment> Commitments);
