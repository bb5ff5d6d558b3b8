using System.Text.RegularExpressions;

namespace Chronicle.Core.Story;

/// <summary>
/// Decides whether a commitment mention is the same commitment as an existing one: same action, the
/// same party committed, and either a deadline in common (same value, any modifier) or wording that
/// mostly overlaps. Different deadlines for the same action and party are still the same plan when the
/// wording overlaps — that is exactly what a deadline conflict or a revision looks like. When one report
/// does not say who committed, it takes more: two deadlines in common, or one and similar wording.
/// A deadline to start an action and one to finish it are different milestones, never one plan moved
/// ("the handover is to start within three months" and "wants the process completed by the end of the year").
/// </summary>
public static partial class CommitmentMatcher
{
    public static bool Matches(CommitmentCluster cluster, CommitmentMember candidate) => Matches(cluster, candidate, new Wordings());

    /// <summary>As <see cref="Matches(CommitmentCluster, CommitmentMember)"/>, with each mention's content words taken once from <paramref name="wordings"/>.</summary>
    internal static bool Matches(CommitmentCluster cluster, CommitmentMember candidate, Wordings wordings)
    {
        var first = cluster.Members[0];
        if (!string.Equals(first.Action, candidate.Action, StringComparison.Ordinal))
        {
            return false;
        }

        var milestone = Milestone(candidate);
        if (milestone is not null && cluster.Members.Any(m => Milestone(m) is { } other && other != milestone))
        {
            return false;
        }

        var who = ActorSets.Union(cluster.Members.Select(m => m.Who));
        var partyKnown = who.Count > 0 && candidate.Who.Count > 0;
        if (partyKnown && !ActorSets.Overlap(who, candidate.Who))
        {
            return false;
        }

        var deadlines = cluster.Members.SelectMany(Deadlines).Distinct(StringComparer.Ordinal).ToList();
        var shared = Deadlines(candidate).Distinct(StringComparer.Ordinal).Count(d => deadlines.Any(known => Nested(known, d)));
        var mine = wordings.Of(candidate);
        var wording = cluster.Members.Max(m => Jaccard(wordings.Of(m), mine));
        return partyKnown
            ? shared >= 1 || wording >= 0.35
            : shared >= 2 || (shared == 1 && wording >= 0.2);
    }

    /// <summary>
    /// Two deadlines are "in common" when equal or when one lies inside the other ("September 2026"
    /// inside "the end of 2026"): a moved or sharpened deadline of the same plan.
    /// </summary>
    private static bool Nested(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        return DateRange.TryParse(a, out var x) && DateRange.TryParse(b, out var y)
            && ((x.Start <= y.Start && y.End <= x.End) || (y.Start <= x.Start && x.End <= y.End));
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

    /// <summary>"start" when a report sets a deadline for the action to begin, "finish" for it to be done, else null.</summary>
    private static string? Milestone(CommitmentMember m)
    {
        var text = m.What + " " + m.Mention.Sentence;
        var start = StartWords().IsMatch(text);
        var finish = FinishWords().IsMatch(text);
        return start == finish ? null : start ? "start" : "finish";
    }

    [GeneratedRegex(@"\b(start|starts|starting|begin|begins|beginning|commence|commences)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 200)]
    private static partial Regex StartWords();

    [GeneratedRegex(@"\b(complete|completes|completed|completing|completion|finish|finishes|finished|conclude|concluded)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 200)]
    private static partial Regex FinishWords();

    /// <summary>Jaccard overlap of the content words (4+ letters) of two texts.</summary>
    public static double WordOverlap(string a, string b) => Jaccard(ContentWords(a), ContentWords(b));

    private static double Jaccard(HashSet<string> x, HashSet<string> y)
    {
        if (x.Count == 0 || y.Count == 0)
        {
            return 0;
        }

        var common = x.Count(y.Contains);
        return common / (double)(x.Count + y.Count - common);
    }

    // Words every commitment sentence shares; they say nothing about which plan it is.
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "will", "would", "with", "that", "this", "these", "those", "from", "have", "has", "been", "said", "says", "their", "they", "them",
        "after", "before", "until", "into", "over", "than", "then", "also", "about", "which", "when", "were", "there", "end",
    };

    private static HashSet<string> ContentWords(string s) =>
        s.Split([' ', ',', '.', ';', ':', '"', '\'', '(', ')', '\u201C', '\u201D', '\u2019'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 && !w.Any(char.IsDigit))
            .Select(w => w.ToLowerInvariant())
            .Where(w => !Common.Contains(w))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The content words of each commitment mention's wording, computed once: a new mention is compared
    /// with every member of every candidate cluster, and splitting the same sentences again each time
    /// made adding a long article's commitments grow with the square of their number.
    /// </summary>
    internal sealed class Wordings
    {
        private readonly Dictionary<CommitmentMember, HashSet<string>> _words = new(ReferenceEqualityComparer.Instance);

        public HashSet<string> Of(CommitmentMember m)
        {
            if (!_words.TryGetValue(m, out var words))
            {
                _words[m] = words = ContentWords(m.What + " " + m.Mention.Sentence);
            }

            return words;
        }
    }
}
