using Chronicle.Core.Model;

namespace Chronicle.Core.Actors.Catalog;

/// <summary>The kind names the actor file uses; the same spellings as the JSON contract.</summary>
public static class ActorKindNames
{
    public static bool TryParse(string? name, out ActorKind kind)
    {
        kind = name switch
        {
            "person" => ActorKind.Person,
            "country" => ActorKind.Country,
            "government" => ActorKind.Government,
            "armed group" => ActorKind.ArmedGroup,
            "organisation" or "organization" => ActorKind.Organisation,
            "media" => ActorKind.Media,
            "place" => ActorKind.Place,
            _ => ActorKind.Unknown,
        };
        return kind != ActorKind.Unknown || name == "unknown";
    }
}
