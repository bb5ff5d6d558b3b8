namespace Chronicle.Core.Model;

/// <summary>
/// A quantity claimed about something: "approximately 2,500 troops in Iraq" → Quantity 2500, Approx
/// true, Unit "troops", About "US troops", Place "Iraq". Vague quantities ("hundreds of troops") carry
/// their lower bound and <see cref="Vague"/>.
/// </summary>
public sealed record NumericClaim(
    TextSpan Span,
    decimal Quantity,
    bool Approx,
    bool Vague,
    string Unit,
    string? About,
    string? Place,
    TimeValue? Time,
    string? ClaimedBy,
    double Confidence);
