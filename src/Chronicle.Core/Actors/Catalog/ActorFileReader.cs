using System.Text.Json;
using Chronicle.Core.Model;

namespace Chronicle.Core.Actors.Catalog;

/// <summary>Error in the actor file: names the actor or entry and what is wrong with it.</summary>
public sealed class ActorFileException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Reads and validates the curated actor file (JSON) into definitions.</summary>
internal static class ActorFileReader
{
    public static (IReadOnlyList<ActorDefinition> Actors, IReadOnlyList<TitleDefinition> Titles, IReadOnlyList<string> GovernmentNouns, IReadOnlyList<string> GivenNames,
        IReadOnlyList<string> AgentNouns, IReadOnlyList<string> GroupNouns)
        Read(Stream stream, string source)
    {
        ActorFileJson? file;
        try
        {
            file = JsonSerializer.Deserialize<ActorFileJson>(stream, ActorFileJson.Options);
        }
        catch (JsonException e)
        {
            throw new ActorFileException($"{source}: not valid JSON: {e.Message}", e);
        }

        if (file?.Actors is null || file.Actors.Count == 0)
        {
            throw new ActorFileException($"{source}: no \"actors\" list");
        }

        var actors = new List<ActorDefinition>(file.Actors.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in file.Actors)
        {
            var where = $"{source}: actor '{a.Id ?? a.Name ?? "?"}'";
            if (string.IsNullOrWhiteSpace(a.Id) || string.IsNullOrWhiteSpace(a.Name))
            {
                throw new ActorFileException($"{where}: needs both \"id\" and \"name\"");
            }

            if (!ids.Add(a.Id))
            {
                throw new ActorFileException($"{where}: duplicate id");
            }

            if (!ActorKindNames.TryParse(a.Kind, out var kind))
            {
                throw new ActorFileException($"{where}: unknown kind '{a.Kind}' (person, country, government, armed group, organisation, media, place)");
            }

            var roles = (a.Roles ?? []).Select(r => ReadRole(r, where)).ToList();
            actors.Add(new ActorDefinition(
                a.Id, a.Name, kind, Clean(a.Aliases), Clean(a.Demonyms), roles, Clean(a.MemberOf), a.StandsFor, a.In, a.Description));
        }

        foreach (var a in actors)
        {
            var refs = a.MemberOf.Concat(a.Roles.Select(r => r.Of)).Concat(a.Roles.Select(r => r.To).OfType<string>());
            if (a.StandsFor is not null)
            {
                refs = refs.Append(a.StandsFor);
            }

            if (a.In is not null)
            {
                refs = refs.Append(a.In);
            }

            foreach (var r in refs)
            {
                if (!ids.Contains(r))
                {
                    throw new ActorFileException($"{source}: actor '{a.Id}' refers to unknown actor id '{r}'");
                }
            }
        }

        var titles = (file.Titles ?? [])
            .Where(t => !string.IsNullOrWhiteSpace(t.Title))
            .Select(t => new TitleDefinition(t.Title!, Clean(t.Forms), t.Alone))
            .ToList();
        return (actors, titles, Clean(file.GovernmentNouns), Clean(file.GivenNames), Clean(file.AgentNouns), Clean(file.GroupNouns));
    }

    private static RoleDefinition ReadRole(RoleJson r, string where)
    {
        if (string.IsNullOrWhiteSpace(r.Title) || string.IsNullOrWhiteSpace(r.Of))
        {
            throw new ActorFileException($"{where}: a role needs \"title\" and \"of\"");
        }

        return new RoleDefinition(r.Title, r.Of, r.To, Date(r.Start, where), Date(r.End, where));
    }

    private static PartialDate? Date(string? text, string where)
    {
        if (text is null)
        {
            return null;
        }

        return PartialDate.TryParse(text, out var d)
            ? d
            : throw new ActorFileException($"{where}: role date '{text}' is not YYYY, YYYY-MM or YYYY-MM-DD");
    }

    private static List<string> Clean(List<string>? items) =>
        items is null ? [] : [.. items.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct(StringComparer.Ordinal)];
}
