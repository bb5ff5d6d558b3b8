using System.Text.Json;
using System.Text.Json.Serialization;

namespace Chronicle.Core.Actors.Catalog;

// The on-disk shape of data/actors.json (documented in the README, section "Actors"). Kept apart from the
// validated definitions so that a typo in the file gives a clear error instead of a half-filled record.

internal sealed class ActorFileJson
{
    public List<string>? GovernmentNouns { get; set; }

    public List<string>? AgentNouns { get; set; }

    public List<string>? GroupNouns { get; set; }

    public List<TitleJson>? Titles { get; set; }

    public List<string>? GivenNames { get; set; }

    public List<ActorJson>? Actors { get; set; }

    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };
}

internal sealed class TitleJson
{
    public string? Title { get; set; }

    public bool Alone { get; set; }

    public List<string>? Forms { get; set; }
}

internal sealed class ActorJson
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Kind { get; set; }

    public List<string>? Aliases { get; set; }

    public List<string>? Demonyms { get; set; }

    public List<RoleJson>? Roles { get; set; }

    public List<string>? MemberOf { get; set; }

    public string? StandsFor { get; set; }

    public string? In { get; set; }

    public string? Description { get; set; }
}

internal sealed class RoleJson
{
    public string? Title { get; set; }

    public string? Of { get; set; }

    public string? To { get; set; }

    public string? Start { get; set; }

    public string? End { get; set; }
}
