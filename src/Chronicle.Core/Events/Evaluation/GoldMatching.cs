using System.Globalization;
using Chronicle.Core.Contract;

namespace Chronicle.Core.Events.Evaluation;

/// <summary>
/// The comparison rules between gold items and extracted ones: names through the gold actor's forms,
/// dates by prefix (a day inside a gold month or ISO week counts), modalities with "reported" and
/// "claimed" accepting occurred or reported-unconfirmed, and commitment states by their key words.
/// </summary>
public static class GoldMatching
{
    public static string Normalize(string s) =>
        string.Join(' ', s.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"')
            .ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w is not "the"));

    /// <summary>Where the cue lies in the text, tolerating curly versus straight quotes; null if absent.</summary>
    public static (int Start, int End)? Locate(string text, string cue)
    {
        var i = text.IndexOf(cue, StringComparison.Ordinal);
        if (i < 0)
        {
            i = Flat(text).IndexOf(Flat(cue), StringComparison.Ordinal);
        }

        return i < 0 ? null : (i, i + cue.Length);
    }

    private static string Flat(string s) => s.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"');

    /// <summary>
    /// True when one of our names is the gold name or one of its gold forms, or when both names resolve
    /// to the same curated actor through <paramref name="sameActor"/> (an alias in our actor file: the gold
    /// says "Iraqi parliament", we say "Council of Representatives of Iraq"). Only identity counts: a
    /// member of the gold actor, or a coalition it leads, is another actor.
    /// </summary>
    public static bool NameMatches(string gold, IEnumerable<string> ours, IReadOnlyList<GoldActor> actors, Func<string, string?>? sameActor = null)
    {
        if (sameActor?.Invoke(gold) is { } goldId && ours.Any(o => sameActor(o) == goldId))
        {
            return true;
        }

        var accepted = new HashSet<string>(StringComparer.Ordinal) { Normalize(gold) };
        foreach (var a in actors)
        {
            if (Normalize(a.Name) == Normalize(gold))
            {
                accepted.Add(Normalize(a.Name));
                foreach (var f in a.Forms)
                {
                    accepted.Add(Normalize(f));
                }
            }
        }

        // A name with its title still attached ("Prime Minister Mara Lentz") names the same person.
        return ours.Any(o => accepted.Contains(Normalize(o)) || accepted.Any(a => a.Contains(' ', StringComparison.Ordinal) && Normalize(o).EndsWith(" " + a, StringComparison.Ordinal)));
    }

    /// <summary>Every gold name is among ours (the gold is not exhaustive, so extra names are fine).</summary>
    public static bool AllNamed(IReadOnlyList<string> gold, IReadOnlyList<string> ours, IReadOnlyList<GoldActor> actors, Func<string, string?>? sameActor = null) =>
        gold.All(g => NameMatches(g, ours, actors, sameActor));

    public static bool DateMatches(IReadOnlyList<string> gold, TimeValueDto? ours)
    {
        if (gold.Count == 0)
        {
            return ours is null;
        }

        return ours is not null && gold.Any(g => ours.Value.StartsWith(g, StringComparison.Ordinal) || InWeek(g, ours.Value));
    }

    private static bool InWeek(string gold, string ours)
    {
        if (gold.Length != 8 || gold[4..6] != "-W" || ours.Length < 10
            || !DateTime.TryParseExact(ours[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return false;
        }

        return ISOWeek.GetYear(day).ToString(CultureInfo.InvariantCulture) == gold[..4]
            && ISOWeek.GetWeekOfYear(day).ToString("00", CultureInfo.InvariantCulture) == gold[6..];
    }

    public static bool ModalityMatches(string gold, string ours) => gold switch
    {
        "reported" or "claimed" => ours is "occurred" or "reported-unconfirmed",
        "scheduled" => ours is "planned",
        _ => gold == ours,
    };

    public static bool PlaceMatches(string gold, string? ours)
    {
        if (ours is null)
        {
            return false;
        }

        var g = Normalize(gold);
        var o = Normalize(ours);
        return g == o || g.Contains(o, StringComparison.Ordinal) || o.Contains(g, StringComparison.Ordinal);
    }

    public static bool DeadlineMatches(GoldDeadline? gold, TimeValueDto? ours) =>
        gold is null ? ours is null : ours is not null && ours.Value == gold.Value && ours.Mod == gold.Mod;

    /// <summary>Gold units may add a participle ("soldiers killed"); the counted noun must agree.</summary>
    public static bool UnitMatches(string? gold, string ours) =>
        gold is null || Normalize(gold).Split(' ')[0] == Normalize(ours).Split(' ')[^1] || Normalize(gold) == Normalize(ours);

    /// <summary>A gold condition is found when most of its content words appear in one of ours.</summary>
    public static bool ConditionMatches(string gold, IReadOnlyList<string> ours)
    {
        var words = ContentWords(gold);
        return words.Count > 0 && ours.Any(o =>
        {
            var mine = ContentWords(o);
            return words.Count(mine.Contains) * 2 >= words.Count;
        });
    }

    private static HashSet<string> ContentWords(string s) =>
        [.. Normalize(s).Split([' ', ',', '.', '"', '\'', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 3 && w is not ("what" or "with" or "from" or "that" or "this" or "their" or "well"))];

    /// <summary>Gold states are free text ("agreed in principle; awaits final go-ahead"); these are the states each admits.</summary>
    public static bool StateMatches(string gold, string ours)
    {
        var g = gold.ToLowerInvariant();
        var accepted = new HashSet<string>(StringComparer.Ordinal);
        if (g.Contains("principle", StringComparison.Ordinal) || g.Contains("await", StringComparison.Ordinal)
            || g.Contains("needs", StringComparison.Ordinal) || g.Contains("green light", StringComparison.Ordinal))
        {
            accepted.UnionWith(["agreed in principle", "awaiting approval"]);
        }

        if (g.Contains("agreed", StringComparison.Ordinal))
        {
            accepted.UnionWith(["agreed", "agreed in principle", "awaiting approval"]);
        }

        if (g.Contains("negotiat", StringComparison.Ordinal) || g.Contains("formulat", StringComparison.Ordinal) || g.Contains("propos", StringComparison.Ordinal))
        {
            accepted.UnionWith(["proposed", "in progress"]);
        }

        if (g.Contains("announc", StringComparison.Ordinal))
        {
            accepted.Add("announced");
        }

        // "planned": a plan reported without an agreement behind it, whether its maker announced it or not.
        if (g.Contains("planned", StringComparison.Ordinal))
        {
            accepted.UnionWith(["announced", "proposed"]);
        }

        foreach (var exact in new[] { "demanded", "denied", "met", "missed", "revised", "disputed", "withdrawn", "proposed" })
        {
            if (g.Contains(exact, StringComparison.Ordinal))
            {
                accepted.Add(exact);
            }
        }

        return accepted.Contains(ours);
    }
}
