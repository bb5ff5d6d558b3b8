using Chronicle.Core.Model;

namespace Chronicle.Core.Actors.Catalog;

/// <summary>
/// A role held over a period: "Prime Minister" of "iraq" from 2022-10-27. <see cref="End"/> is exclusive
/// and null while the role lasts (or when its end is not known).
/// </summary>
public sealed record RoleDefinition(string Title, string Of, string? To, PartialDate? Start, PartialDate? End)
{
    /// <summary>True when the role surely covers <paramref name="day"/> (partial dates count only where certain).</summary>
    public bool SurelyHeldOn(DateOnly day) =>
        (Start is null || Start.Value.Last <= day) && (End is null || day < End.Value.First);

    /// <summary>True when the role may cover <paramref name="day"/> given the precision of its dates.</summary>
    public bool PossiblyHeldOn(DateOnly day) =>
        (Start is null || Start.Value.First <= day) && (End is null || day <= End.Value.Last);
}

/// <summary>One canonical actor of the curated file.</summary>
public sealed record ActorDefinition(
    string Id,
    string Name,
    ActorKind Kind,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Demonyms,
    IReadOnlyList<RoleDefinition> Roles,
    IReadOnlyList<string> MemberOf,
    string? StandsFor,
    string? In,
    string? Description);

/// <summary>
/// A role title and the ways the press writes it ("Prime Minister": "prime minister", "premier", "PM").
/// <see cref="Alone"/>: the bare title ("the prime minister") may resolve without a qualifier; titles
/// many people hold at once ("the commander", "the spokesman") need one ("the Pentagon spokesman").
/// </summary>
public sealed record TitleDefinition(string Title, IReadOnlyList<string> Forms, bool Alone);
