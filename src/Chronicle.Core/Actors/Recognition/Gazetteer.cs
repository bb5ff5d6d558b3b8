using Chronicle.Core.Actors.Text;

namespace Chronicle.Core.Actors.Recognition;

/// <summary>
/// Phrase dictionary over word pieces: a trie keyed by vocabulary ids, one for exact keys and one for
/// transliteration keys (see <see cref="NameKey"/>). Article pieces ("al-") are skipped on both sides, so
/// "al-Sudani", "Al-Sudani" and "Sudani" share the key "sudani". Lookups of text pieces go through the
/// vocabulary with span-based alternate lookups: no string is allocated per piece.
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, int> _exactVocab = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _foldVocab = new(StringComparer.Ordinal);
    private readonly Node _exactRoot = new();
    private readonly Node _foldRoot = new();

    private sealed class Node
    {
        public Dictionary<int, Node>? Next;
        public List<GazetteerEntry>? Entries;
    }

    /// <summary>A phrase found in the text: pieces [Start, End) of the piece list.</summary>
    public readonly record struct Match(int Start, int End, GazetteerEntry Entry, bool Transliterated);

    /// <summary>Adds a phrase; returns false when it cannot be a name phrase (empty, or punctuation inside it).</summary>
    public bool Add(string phrase, int target, bool canonical, bool allowTransliteration = true)
    {
        var pieces = PieceScanner.Scan(phrase);
        var keys = new List<string>();
        var cases = new List<CaseRule>();
        for (var k = 0; k < pieces.Count; k++)
        {
            var p = pieces[k];
            if (k > 0 && p.Has(PieceFlags.BreakBefore))
            {
                return false;
            }

            if (p.Has(PieceFlags.Article))
            {
                continue;
            }

            keys.Add(NameKey.Exact(p.Span.Slice(phrase)));
            cases.Add(p.Has(PieceFlags.AllCaps) ? CaseRule.Upper : p.Has(PieceFlags.Capitalised) ? CaseRule.Capital : CaseRule.Any);
        }

        if (keys.Count == 0)
        {
            return false;
        }

        var entry = new GazetteerEntry(target, canonical, [.. cases], keys.Count);
        Insert(_exactRoot, keys.Select(k => Intern(_exactVocab, k)), entry);
        if (allowTransliteration && keys.All(k => k.Length >= 4 || keys.Count > 1) && cases.All(c => c != CaseRule.Upper))
        {
            Insert(_foldRoot, keys.Select(k => Intern(_foldVocab, NameKey.Transliterate(k))), entry);
        }

        return true;
    }

    /// <summary>Fills each piece's vocabulary ids; pieces that are no name word keep -1.</summary>
    public void Resolve(string text, List<Piece> pieces)
    {
        var exact = _exactVocab.GetAlternateLookup<ReadOnlySpan<char>>();
        var fold = _foldVocab.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> key = stackalloc char[64];
        Span<char> folded = stackalloc char[64];
        for (var k = 0; k < pieces.Count; k++)
        {
            var p = pieces[k];
            if (p.Span.Length > 64)
            {
                continue;
            }

            var n = NameKey.Exact(p.Span.Slice(text), key);
            var exactId = exact.TryGetValue(key[..n], out var e) ? e : -1;
            var foldId = -1;
            if (p.Has(PieceFlags.Capitalised))
            {
                var m = NameKey.Transliterate(key[..n], folded);
                foldId = fold.TryGetValue(folded[..m], out var f) ? f : -1;
            }

            pieces[k] = p with { ExactId = exactId, FoldId = foldId };
        }
    }

    /// <summary>The actor entry of a one-piece name with this exact key that a capitalised word may match, or null.</summary>
    public GazetteerEntry? SingleName(ReadOnlySpan<char> exactKey)
    {
        if (!_exactVocab.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(exactKey, out var id) ||
            _exactRoot.Next is null || !_exactRoot.Next.TryGetValue(id, out var node) || node.Entries is null)
        {
            return null;
        }

        return node.Entries.FirstOrDefault(e => e.Target >= 0 && e.Pieces == 1 && e.Cases[0] != CaseRule.Upper);
    }

    /// <summary>
    /// The longest phrase starting at piece <paramref name="start"/> (after an article, if any) whose case
    /// rules the text satisfies; exact matches win over transliterated ones of the same length.
    /// </summary>
    public Match? Longest(List<Piece> pieces, int start, bool titles)
    {
        var first = start;
        if (pieces[first].Has(PieceFlags.Article))
        {
            first++;
            if (first >= pieces.Count)
            {
                return null;
            }
        }

        var exact = Walk(_exactRoot, pieces, first, useFold: false, titles);
        var fold = titles ? null : Walk(_foldRoot, pieces, first, useFold: true, titles);
        if (fold is { } f && (exact is null || f.End > exact.Value.End))
        {
            return f with { Start = start, Transliterated = true };
        }

        return exact is { } x ? x with { Start = start } : null;
    }

    private static Match? Walk(Node root, List<Piece> pieces, int first, bool useFold, bool titles)
    {
        Match? best = null;
        var node = root;
        var matched = 0;
        for (var k = first; k < pieces.Count; k++)
        {
            var p = pieces[k];
            if (k > first && !p.Continues)
            {
                break;
            }

            if (k > first && p.Has(PieceFlags.Article))
            {
                continue;
            }

            var id = useFold ? p.FoldId : p.ExactId;
            if (id < 0 || node.Next is null || !node.Next.TryGetValue(id, out var child))
            {
                break;
            }

            node = child;
            matched++;
            if (node.Entries is { } entries)
            {
                foreach (var entry in entries)
                {
                    if ((entry.Target < 0) == titles && CasesHold(entry, pieces, first, k + 1))
                    {
                        best = new Match(first, k + 1, entry, false);
                        break;
                    }
                }
            }
        }

        return best;
    }

    private static bool CasesHold(GazetteerEntry entry, List<Piece> pieces, int first, int end)
    {
        var c = 0;
        for (var k = first; k < end; k++)
        {
            var p = pieces[k];
            if (k > first && p.Has(PieceFlags.Article))
            {
                continue;
            }

            var ok = entry.Cases[c++] switch
            {
                CaseRule.Upper => p.Has(PieceFlags.AllCaps) || (p.Span.Length == 1 && p.Has(PieceFlags.Capitalised)),
                CaseRule.Capital => p.Has(PieceFlags.Capitalised),
                _ => true,
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static int Intern(Dictionary<string, int> vocab, string key)
    {
        if (!vocab.TryGetValue(key, out var id))
        {
            id = vocab.Count;
            vocab[key] = id;
        }

        return id;
    }

    private static void Insert(Node root, IEnumerable<int> ids, GazetteerEntry entry)
    {
        var node = root;
        foreach (var id in ids)
        {
            node.Next ??= [];
            if (!node.Next.TryGetValue(id, out var child))
            {
                child = new Node();
                node.Next[id] = child;
            }

            node = child;
        }

        node.Entries ??= [];
        if (!node.Entries.Any(e => e.Target == entry.Target && e.Cases.AsSpan().SequenceEqual(entry.Cases)))
        {
            node.Entries.Add(entry);
        }
    }
}
