using System.Text.RegularExpressions;
using Chronicle.Core.Attribution;

namespace Chronicle.Core.Tests.Attribution;

/// <summary>
/// How a gold speaker is compared with ours: both sides are lowercased, possessives and determiners
/// ("a", "the", "one of") dropped, nationality words mapped to their country ("Iraqi" = "Iraq"),
/// plurals singularised; the gold matches when its words are contained in the words of our speaker's
/// name, description or span text (or the other way round).
/// </summary>
internal static partial class SpeakerMatch
{
    private static readonly HashSet<string> Drop = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "one", "of", "two", "three", "another", "some", "several", "eight", "its", "his", "her", "their",
    };

    public static bool Matches(string gold, params string?[] candidates)
    {
        var g = Words(gold);
        foreach (var c in candidates)
        {
            if (c is null)
            {
                continue;
            }

            var w = Words(c);
            if (w.Count > 0 && (g.IsSubsetOf(w) || w.IsSubsetOf(g)))
            {
                return true;
            }
        }

        return false;
    }

    public static HashSet<string> Words(string s)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in WordRegex().Matches(s.ToLowerInvariant().Replace('\u2019', '\'')))
        {
            var w = m.Value;
            if (w.EndsWith("'s", StringComparison.Ordinal))
            {
                w = w[..^2];
            }

            w = w.StartsWith("al-", StringComparison.Ordinal) ? w[3..] : w;
            if (Drop.Contains(w))
            {
                continue;
            }

            w = Demonyms.CountryOf(w)?.ToLowerInvariant() ?? w;
            if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal))
            {
                w = w[..^1];
            }

            set.Add(w);
        }

        return set;
    }

    [GeneratedRegex(@"[\p{L}\p{N}'\-]+", RegexOptions.None, 1000)]
    private static partial Regex WordRegex();
}
