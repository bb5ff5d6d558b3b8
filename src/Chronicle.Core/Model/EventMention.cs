namespace Chronicle.Core.Model;

/// <summary>Whether an event is reported as a fact, a plan, a demand, a denial and so on.</summary>
public enum Modality
{
    Occurred,
    Planned,
    Demanded,
    Denied,
    Conditional,
    Hypothetical,
    ReportedUnconfirmed,
}

/// <summary>
/// A PLOVER-typed event mention in one sentence. <see cref="Time"/> is null when the text gives no date;
/// <see cref="TimeFromPublication"/> records that the article's own date was used as a fallback;
/// <see cref="TimeFromContext"/> that the date was carried over from the scene a sentence just before set.
/// <see cref="QuoteIndex"/> points into the document's quotes when the event rests on an attribution.
/// </summary>
public sealed record EventMention(
    TextSpan Span,
    TextSpan Trigger,
    string Type,
    string? Mode,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Targets,
    string? Place,
    TimeValue? Time,
    bool TimeFromPublication,
    Modality Modality,
    bool Negated,
    int? QuoteIndex,
    double Confidence,
    bool TimeFromContext = false);
