using Chronicle.Core.Model;

namespace Chronicle.Core.Actors.Recognition;

/// <summary>Which rule produced a mention; kept for tests, explanations and confidence.</summary>
public enum MentionRule
{
    Name,
    Alias,
    Transliteration,
    LostApostrophe,
    Surname,
    Acronym,
    Metonymy,
    PlaceName,
    Government,
    Administration,
    Title,
    Unknown,
    StateAgent,
    Group,
    HeadNoun,
}

/// <summary>A mention under construction: pieces [FirstPiece, EndPiece) and what they resolve to.</summary>
internal sealed record Candidate(
    int FirstPiece,
    int EndPiece,
    TextSpan Span,
    string ActorId,
    string Name,
    ActorKind Kind,
    double Confidence,
    MentionRule Rule,
    int Actor)
{
    public ActorMention ToMention() => new(Span, ActorId, Name, Kind, Math.Round(Confidence, 2));
}
