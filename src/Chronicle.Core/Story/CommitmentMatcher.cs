namespace Chronicle.Core.Story;

/// <summary>
/// Decides whether a commitment mention is the same commitment as an existing one: same action, the
/// same party committed, and either a deadline in common (same value, any modifier) or wording that
/// mostly overlaps. Different deadlines for the same action and party are still the same plan when the
/// wording overlaps — that is exactly what a deadline conflict or a revision looks like.
/// </summary>
public static class CommitmentMatcher
{
    public static bool Matches(CommitmentCluster cluster, CommitmentMember candidate)
    {
        var first = cluster.Members[0];
        if (!string.Equals(first.Action, candidate.Action, StringComparison.Ordinal))
        {
            return false;
        }

        var who = ActorSets.Union(cluster.Members.Select(m => m.Who));
        if (!ActorSets.Overlap(who, candidate.Who))
        {
            return false;
        }

        var deadlines = cluster.Members.SelectMany(Deadlines).ToHashSet(StringComparer.Ordinal);
        if (Deadlines(candidate).Any(deadlines.Contains))
        {
            return true;
        }

        return cluster.Members.Any(m => WordOverlap(m.What + " " + m.Mention.Sentence, candidate.What + " " + candidate.Mention.Sentence) >= 0.35);
    }

    public static IEnumerable<string> Deadlines(CommitmentMember m)
    {
        if (m.Deadline?.Value is { } d)
        {
            yield return d;
        }

        foreach (var p in m.Phases)
        {
            if (p.Deadline?.Value is { } v)
            {
                yield return v;
            }
        }
    }

    /// <summary>Jaccard overlap of the content words (4+ letters) of two texts.</summary>
    public static double WordOverlap(string a, string b)
    {
        var x = ContentWords(a);
        var y = ContentWords(b);
        if (x.Count == 0 || y.Count == 0)
        {
            return 0;
        }

        var common = x.Count(y.Contains);
        return common / (double)(x.Count + y.Count - common);
    }

    private static HashSet<string> ContentWords(string s) =>
        s.Split([' ', ',', '.', ';', ':', '"', '\'', '(', ')', '\u201C', '\u201D', '\u2019'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4)
            .Select(w => w.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
}
