using System.Collections.Frozen;
using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution;

/// <summary>A capitalised name in the text with the role words around it ("Iraqi Prime Minister …" → prime, minister).</summary>
internal sealed record NameEntry(TextSpan Span, string Name, bool IsOrganisation, IReadOnlySet<string> Roles, string? Head)
{
    /// <summary>The last word of the name, lowercased, without an "al-"/"el-" prefix: "al-Sudani" and "Sudani" share it.</summary>
    public string LastKey => NameIndex.KeyOf(Name);

    public int WordCount => Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}

/// <summary>
/// Every capitalised name run in an article, found once, so that a surname ("Sudani"), a title
/// ("the Iraqi prime minister") or a short organisation name ("the Ministry") can be resolved to the
/// fuller name the article used before. Used until the actors stage provides resolved mentions.
/// </summary>
internal sealed class NameIndex
{
    private static readonly System.Collections.Frozen.FrozenSet<string> Particles = new[]
    {
        "al", "el", "bin", "ibn", "de", "van", "von", "der", "la", "du", "da", "abu", "bint", "al-",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly System.Collections.Frozen.FrozenSet<string> Prepositions = new[]
    {
        "of", "for", "to", "at", "in", "with", "from", "on", "by",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly List<NameEntry> _entries = [];

    private readonly int[] _starts;

    private readonly Dictionary<string, KeyList> _byKey = new(StringComparer.Ordinal);

    private readonly Dictionary<string, List<int>> _byHead = new(StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, RoleFits> _roleFits = new(StringComparer.Ordinal);

    public NameIndex(DocView v)
    {
        var i = 0;
        while (i < v.Tokens.Length)
        {
            if (!v.IsCap(i))
            {
                i++;
                continue;
            }

            var end = i;
            while (end + 1 < v.Tokens.Length)
            {
                var k = end + 1;
                if (v.IsCap(k) || IsParticleName(v, k) || (v.IsPunct(k, '.') && v.W(end).Length <= 3 && v.IsCap(k + 1) && !v.Text.AsSpan(v.Tokens[end].Span.End, v.Tokens[k + 1].Span.Start - v.Tokens[end].Span.End).Contains('\n'))
                    || (v.In(k, Particles) && v.IsWord(k + 1)) || ((v.Is(k, "of") || v.Is(k, "in") || v.Is(k, "for")) && v.IsCap(k + 1) && !(v.Is(k, "in") && PhraseScanner.EndsPossessive(v, k + 1)))) // "a college in Scott's district": "Scott's" owns the next noun
                {
                    if (v.Text.AsSpan(v.Tokens[end].Span.End, v.Tokens[k].Span.Start - v.Tokens[end].Span.End).Contains('\n'))
                    {
                        break;
                    }

                    end = k;
                }
                else
                {
                    break;
                }
            }

            Add(v, i, end);
            i = end + 1;
        }

        // Entries come in text order (each run starts after the last one ended); index them for look-ups before a position.
        _starts = [.. _entries.Select(e => e.Span.Start)];
        for (var k = 0; k < _entries.Count; k++)
        {
            var e = _entries[k];
            var key = e.LastKey;
            if (!_byKey.TryGetValue(key, out var same))
            {
                _byKey[key] = same = new KeyList();
            }

            var fullest = same.Fullest.Count > 0 && _entries[same.Fullest[^1]].WordCount > e.WordCount ? same.Fullest[^1] : k;
            same.Entries.Add(k);
            same.Fullest.Add(fullest);

            if (e.Head is not null)
            {
                AddToHead(e.Head, k);
            }

            if (e.IsOrganisation && !string.Equals(e.Head, key, StringComparison.OrdinalIgnoreCase))
            {
                AddToHead(key, k);
            }
        }
    }

    private void AddToHead(string head, int entry)
    {
        if (!_byHead.TryGetValue(head, out var list))
        {
            _byHead[head] = list = [];
        }

        list.Add(entry);
    }

    /// <summary>Entries sharing a last word, in text order, with the fullest among the first k+1 of them (the later on a tie).</summary>
    private sealed class KeyList
    {
        public List<int> Entries { get; } = [];

        public List<int> Fullest { get; } = [];
    }

    /// <summary>Of the entries with a head, the ones a role question (head and words) fits, found so far in text order.</summary>
    private sealed class RoleFits
    {
        public List<int> Fitting { get; } = [];

        public int Scanned { get; set; }
    }

    /// <summary>How many of the entries in <paramref name="list"/> (ascending entry indexes) start before <paramref name="pos"/>.</summary>
    private int CountBefore(List<int> list, int pos) =>
        SortedSearch.LowerBound((List: list, Starts: _starts), list.Count, pos, static (s, i) => s.Starts[s.List[i]]);

    public IReadOnlyList<NameEntry> Entries => _entries;

    /// <summary>"al-Sudani", "el-Sisi", "bin-Salman": a lowercase particle joined to a capitalised name.</summary>
    private static bool IsParticleName(DocView v, int k)
    {
        if (!v.IsWord(k))
        {
            return false;
        }

        var w = v.W(k);
        var dash = w.IndexOf('-');
        return dash is > 0 and <= 4 && dash + 1 < w.Length && char.IsUpper(w[dash + 1]) && char.IsLower(w[0]);
    }

    public static string KeyOf(string name)
    {
        var last = name.LastIndexOf(' ');
        var w = (last >= 0 ? name[(last + 1)..] : name).ToLowerInvariant();
        foreach (var prefix in new[] { "al-", "el-", " al", "el-" })
        {
            if (w.StartsWith(prefix, StringComparison.Ordinal) && w.Length > prefix.Length + 2 && prefix.EndsWith('-'))
            {
                return w[prefix.Length..];
            }
        }

        if (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            w = w[..^2];
        }

        return w;
    }

    /// <summary>The entry whose span lies inside <paramref name="span"/> and ends last, or null.</summary>
    public NameEntry? Inside(TextSpan span)
    {
        NameEntry? best = null;
        var k = Array.BinarySearch(_starts, span.Start);
        for (k = k < 0 ? ~k : k; k < _entries.Count && _starts[k] < span.End; k++)
        {
            if (span.Contains(_entries[k].Span))
            {
                best = _entries[k];
            }
        }

        return best;
    }

    /// <summary>The fullest person name before <paramref name="before"/> sharing the last word of <paramref name="name"/>.</summary>
    public NameEntry? FullerName(string name, int before)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (!_byKey.TryGetValue(KeyOf(name), out var same))
        {
            return null;
        }

        var n = CountBefore(same.Entries, before);
        return n > 0 && _entries[same.Fullest[n - 1]] is var best && best.WordCount > words ? best : null;
    }

    /// <summary>
    /// The most recent name before <paramref name="before"/> that a definite description fits: the same
    /// head word ("minister", "ministry", "spokesperson") and every other content word among its roles.
    /// </summary>
    public NameEntry? ByRole(string head, IReadOnlyCollection<string> words, int before)
    {
        if (!_byHead.TryGetValue(head, out var candidates))
        {
            return null;
        }

        var question = head + "\n" + string.Join("\n", words);
        if (!_roleFits.TryGetValue(question, out var fits))
        {
            _roleFits[question] = fits = new RoleFits();
        }

        for (; fits.Scanned < candidates.Count && _starts[candidates[fits.Scanned]] < before; fits.Scanned++)
        {
            var e = _entries[candidates[fits.Scanned]];
            var all = true;
            foreach (var w in words)
            {
                if (!e.Roles.Contains(w) && !e.Name.Contains(w, StringComparison.OrdinalIgnoreCase) && Demonyms.CountryOf(w) is null)
                {
                    all = false;
                    break;
                }
            }

            if (all)
            {
                fits.Fitting.Add(candidates[fits.Scanned]);
            }
        }

        var n = CountBefore(fits.Fitting, before);
        return n > 0 ? _entries[fits.Fitting[n - 1]] : null;
    }

    private void Add(DocView v, int from, int to)
    {
        // Strip capitalised sentence openers ("The", "But", "According") and trailing prepositions.
        while (from <= to && (v.In(from, SpeakerWords.CapitalisedFunctionWords) || !v.IsWord(from)))
        {
            from++;
        }

        while (to >= from && (!v.IsWord(to) || v.In(to, Prepositions) || v.In(to, Particles)))
        {
            to--;
        }

        if (from > to)
        {
            return;
        }

        var roles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string? head = null;
        var isOrg = false;
        for (var k = from; k <= to; k++)
        {
            if (v.In(k, SpeakerWords.OrganisationHeads))
            {
                isOrg = true;
            }
        }

        var nameStart = from;
        if (!isOrg)
        {
            // "Farm Minister Clara Ostrova": everything up to the last title word is the role.
            for (var k = to - 1; k > from; k--)
            {
                if (v.In(k, SpeakerWords.Titles) && !v.Is(k, "of") && !v.Is(k, "the") && v.IsCap(k + 1))
                {
                    for (var r = from; r < k; r++)
                    {
                        if (v.IsWord(r))
                        {
                            roles.Add(v.W(r).ToString().ToLowerInvariant());
                        }
                    }

                    nameStart = k;
                    break;
                }
            }

            // "Iraqi Prime Minister Mohammed Shia al-Sudani": titles and nationalities are roles, not the name.
            while (nameStart < to && (v.In(nameStart, SpeakerWords.Titles) || Demonyms.CountryOf(v.W(nameStart)) is not null || !v.IsWord(nameStart)))
            {
                if (v.IsWord(nameStart))
                {
                    var w = v.W(nameStart).ToString().ToLowerInvariant();
                    roles.Add(w);
                    if (!v.Is(nameStart, "of") && Demonyms.CountryOf(w) is null && !v.Is(nameStart, "the"))
                    {
                        head = v.Is(nameStart - 1, "of") && head is not null ? head : w;
                    }
                }

                nameStart++;
            }

            // Lowercase roles right before the name: "State Department spokesman Matthew Miller".
            for (var k = from - 1; k >= Math.Max(0, from - 3) && v.IsWord(k) && !v.IsCap(k); k--)
            {
                if (v.In(k, SpeakerWords.Titles) || v.In(k, SpeakerWords.SourceNouns))
                {
                    var w = v.W(k).ToString().ToLowerInvariant();
                    roles.Add(w);
                    head ??= w;
                }
                else
                {
                    break;
                }
            }

            AddAppositives(v, from, to, roles, ref head);
        }

        if (!isOrg && from == to && (Demonyms.CountryOf(v.W(from)) is not null || v.In(from, SpeakerWords.Titles)))
        {
            return; // "Iraqi", "President": not a name on their own
        }

        var span = v.Span(nameStart, to);
        var name = span.Text(v.Text);
        if (isOrg)
        {
            head = KeyOf(name);
            for (var k = from; k <= to; k++)
            {
                if (v.IsWord(k))
                {
                    roles.Add(v.W(k).ToString().ToLowerInvariant());
                }
            }
        }

        _entries.Add(new NameEntry(span, name, isOrg, roles, head));
    }

    private static void AddAppositives(DocView v, int from, int to, HashSet<string> roles, ref string? head)
    {
        // "Fadi Al-Shammari, a political advisor to Sudani," and "The spokesperson for the Iraqi prime minister, Dhia al-Nasiri".
        if (v.IsPunct(to + 1, ',') && (v.Is(to + 2, "a") || v.Is(to + 2, "an") || v.Is(to + 2, "the")))
        {
            head = AddPhrase(v, to + 3, +1, roles) ?? head;
        }
        else if (v.IsPunct(from - 1, ','))
        {
            var k = from - 2;
            var start = k;
            while (start >= 0 && v.IsWord(start) && from - start < 10)
            {
                start--;
            }

            if (start + 1 <= k && (v.Is(start + 1, "the") || v.Is(start + 1, "a") || v.Is(start + 1, "an")))
            {
                head = AddPhrase(v, start + 2, +1, roles) ?? head;
            }
        }
    }

    private static string? AddPhrase(DocView v, int k, int step, HashSet<string> roles)
    {
        string? head = null;
        var afterPreposition = false;
        for (var n = 0; n < 8 && v.IsWord(k); n++, k += step)
        {
            var w = v.W(k).ToString().ToLowerInvariant();
            if (v.Is(k, "of") || v.Is(k, "for") || v.Is(k, "to") || v.Is(k, "at") || v.Is(k, "in") || v.Is(k, "with"))
            {
                afterPreposition = true;
            }

            roles.Add(w);
            if (!afterPreposition)
            {
                head = w;
            }
        }

        return head;
    }
}
