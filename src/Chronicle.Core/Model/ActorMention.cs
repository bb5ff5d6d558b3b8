namespace Chronicle.Core.Model;

public enum ActorKind
{
    Person,
    Country,
    Government,
    ArmedGroup,
    Organisation,
    Media,
    Place,
    Unknown,
}

/// <summary>
/// A mention of an actor. <see cref="ActorId"/> is the canonical actor's id from the curated file, or
/// a corpus-local id ("new:…") for actors that are not in it.
/// </summary>
public sealed record ActorMention(TextSpan Span, string ActorId, string Name, ActorKind Kind, double Confidence);
