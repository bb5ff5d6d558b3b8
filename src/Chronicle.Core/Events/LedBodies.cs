using System.Collections.Immutable;
using Chronicle.Core.Model;

namespace Chronicle.Core.Events;

/// <summary>
/// A body named after the state that leads it ("the US-led coalition", "the Saudi-led alliance") answers
/// through that state: a demand for the coalition's departure or an attack on its bases is aimed at the
/// leader too, so the leader joins the event's targets. The leader is found among the article's own
/// mentions (a mention whose text is the prefix before "-led", e.g. "US"); when the article never names
/// it alone, nothing is added. Sources are left as they are: the coalition leaving is the coalition.
/// </summary>
internal static class LedBodies
{
    private const string Led = "-led ";

    public static void Apply(AnnotatedArticle article, ImmutableArray<EventMention>.Builder events)
    {
        var leaders = Leaders(article);
        if (leaders.Count == 0)
        {
            return;
        }

        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            List<string>? added = null;
            foreach (var target in e.Targets)
            {
                if (leaders.TryGetValue(target, out var leader) && !e.Targets.Contains(leader) && !e.Sources.Contains(leader)
                    && (added is null || !added.Contains(leader)))
                {
                    (added ??= []).Add(leader);
                }
            }

            if (added is not null)
            {
                events[i] = e with { Targets = [.. e.Targets, .. added] };
            }
        }
    }

    /// <summary>Each led body's canonical name → its leader's canonical name, for the bodies this article names.</summary>
    private static Dictionary<string, string> Leaders(AnnotatedArticle article)
    {
        var leaders = new Dictionary<string, string>(StringComparer.Ordinal);
        Dictionary<string, string>? bySurface = null;
        foreach (var body in article.Actors)
        {
            var at = body.Name.IndexOf(Led, StringComparison.Ordinal);
            if (at <= 0 || leaders.ContainsKey(body.Name) || body.Kind is ActorKind.Person or ActorKind.Place)
            {
                continue;
            }

            bySurface ??= Surfaces(article);
            if (bySurface.TryGetValue(body.Name[..at], out var leader))
            {
                leaders[body.Name] = leader;
            }
        }

        return leaders;
    }

    // The states the article names, by the exact words it names them with ("US", "Saudi Arabia") and by their canonical names.
    private static Dictionary<string, string> Surfaces(AnnotatedArticle article)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in article.Actors)
        {
            if (m.Kind is ActorKind.Government or ActorKind.Country)
            {
                map.TryAdd(m.Span.Text(article.Text), m.Name);
                map.TryAdd(m.Name, m.Name);
            }
        }

        return map;
    }
}
