namespace Chronicle.Core.Model;

/// <summary>
/// Who a quote is attributed to. <see cref="Span"/> is where this text names the speaker (absent when
/// the speaker is carried over from an earlier sentence, e.g. "he added"); <see cref="ActorId"/> is set
/// when the speaker resolves to an actor; <see cref="Description"/> keeps anonymous sources as written
/// ("a senior Iraqi official"). <see cref="Affiliation"/> is the nationality or organisation the text states
/// for the speaker ("Iraq" for "a senior Iraqi official", "Pentagon" for "a Pentagon official").
/// </summary>
public sealed record Speaker(TextSpan? Span, string? ActorId, string? Name, string? Description, string? Affiliation = null);

/// <summary>
/// An attribution: the content said (or believed), the cue ("said", "according to"), the speaker,
/// where it was said (<see cref="Venue"/>: "Middle East Eye" for "told Middle East Eye") and the chain
/// of outlets it came through (<see cref="Via"/>: ["Reuters"]).
/// </summary>
public sealed record Quote(
    TextSpan Span,
    bool Direct,
    TextSpan Cue,
    Speaker Speaker,
    string? Venue,
    IReadOnlyList<string> Via,
    double Confidence);
