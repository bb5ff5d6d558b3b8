using Chronicle.Core.Events.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Events.Lexicon;

/// <summary>One element of a trigger pattern: a set of words, or a gap of up to <see cref="Gap"/> tokens.</summary>
internal sealed record PatternElement(WordSet? Words, IReadOnlyList<string> Alternatives, int Gap)
{
    public bool IsGap => Words is null;
}

/// <summary>
/// A trigger of the event lexicon. <see cref="Type"/> is empty for blockers: phrases that consume
/// words so a shorter trigger does not fire inside them ("press conference" is not REQUEST "press").
/// <see cref="Governs"/> is the modality the trigger passes to events in its complement ("agreed to
/// withdraw" → the withdrawal is planned); <see cref="Self"/> overrides the trigger's own modality
/// ("Baghdad wants a withdrawal" is a demand, not a past request); <see cref="RequiresAfter"/> lists
/// words one of which must follow in the sentence ("told … that … must" is a request);
/// <see cref="RequiresBefore"/> words one of which must come before it in the sentence ("reached an
/// agreement … a formal announcement would come": the announcement is of that agreement).
/// </summary>
internal sealed record TriggerEntry(
    string Type,
    string? Mode,
    IReadOnlyList<PatternElement> Pattern,
    Modality? Governs,
    Modality? Self,
    bool Nominal,
    double Confidence,
    WordSet? RequiresAfter,
    string Source,
    WordSet? RequiresBefore = null)
{
    public bool IsBlocker => Type.Length == 0;
}
