using Chronicle.Core.Model;

namespace Chronicle.Core.Actors.Text;

/// <summary>
/// Splits text into word pieces for name matching with one hand-written pass. Unlike the segmenter's
/// tokens, hyphens split ("al-Sudani" → "al", "Sudani"; "US-led" → "US", "led"), a possessive "'s" is
/// cut off ("Iraq's" → "Iraq"), apostrophes inside a word stay ("Kata'ib"), dotted acronyms stay whole
/// ("U.S."), and a lowercase→uppercase change inside a word splits scrape damage ("ofUS" → "of", "US").
/// Vocabulary ids are filled in later by the gazetteer.
/// </summary>
public static class PieceScanner
{
    public static List<Piece> Scan(string text)
    {
        var pieces = new List<Piece>(text.Length / 5 + 4);
        var i = 0;
        var gapStart = 0;
        var pendingGlue = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            var start = i;
            var flags = GapFlags(text, gapStart, start, pieces.Count == 0);
            if (pendingGlue)
            {
                flags = PieceFlags.GluedBefore;
                pendingGlue = false;
            }
            else if (flags.HasFlag(PieceFlags.SentenceStart) && pieces.Count > 0 && AfterTitleAbbreviation(text, pieces[^1], start))
            {
                // "Mr. Burman", "Gov. Mike Pence": the period ends an abbreviation, not the sentence.
                flags = PieceFlags.None;
            }

            if (char.IsDigit(c))
            {
                flags |= PieceFlags.Number;
            }

            var end = ScanWord(text, start, out var glueNext);
            pendingGlue = glueNext;
            flags |= Shape(text, start, end);
            var next = end;
            if (PossessiveLength(text, end) is var p and > 0)
            {
                flags |= PieceFlags.Possessive;
                next = end + p;
            }

            pieces.Add(new Piece(new TextSpan(start, end), flags, -1, -1));
            gapStart = next;
            i = next;
        }

        MarkArticles(text, pieces);
        return pieces;
    }

    private static int ScanWord(string text, int start, out bool glueNext)
    {
        glueNext = false;
        var i = start;
        // Dotted acronym: U.S. / U.N. / D.C. (single letters each followed by a period).
        if (IsDottedAcronym(text, start, out var acronymEnd))
        {
            return acronymEnd;
        }

        i++;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                // A lowercase→uppercase change after two or more lowercase letters splits glued words ("ofUS"),
                // but not "McKenzie"-like names (one capital, then 'c').
                if (char.IsUpper(c) && char.IsLower(text[i - 1]) && i - start >= 2 && !IsMcPrefix(text, start, i))
                {
                    glueNext = true;
                    return i;
                }

                i++;
                continue;
            }

            if (CharFolding.IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && PossessiveLength(text, i) == 0 && !IsContraction(text, i))
            {
                i++;
                continue;
            }

            break;
        }

        return i;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> TitleAbbreviations = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["Mr", "Mrs", "Ms", "Dr", "Gov", "Sen", "Rep", "Gen", "Lt", "Maj", "Col", "Capt", "Sgt", "Prof", "Adm", "Cmdr", "Rev", "Fr", "St", "Amb", "Pres"],
        StringComparer.Ordinal);

    /// <summary>The previous piece is a title abbreviation and only ". " separates it from this capitalised word.</summary>
    private static bool AfterTitleAbbreviation(string text, Piece previous, int start)
    {
        var gap = text.AsSpan(previous.Span.End, start - previous.Span.End);
        return gap.Length >= 2 && gap[0] == '.' && gap[1..].Trim(" \u00A0").IsEmpty && start < text.Length && char.IsUpper(text[start]) &&
            TitleAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previous.Span.Slice(text));
    }

    /// <summary>"We're", "don't", "it'll": an English contraction ends the word at the apostrophe.</summary>
    private static bool IsContraction(string text, int apostrophe)
    {
        var end = apostrophe + 1;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        var tail = text.AsSpan(apostrophe + 1, end - apostrophe - 1);
        return tail is "re" or "ve" or "ll" or "d" or "m" or "t" or "RE" or "VE" or "LL" or "D" or "M" or "T" ||
            (tail is "t" && apostrophe > 0 && text[apostrophe - 1] is 'n');
    }

    private static bool IsMcPrefix(string text, int start, int i) =>
        (i - start == 2 && text[start] == 'M' && text[start + 1] == 'c') ||
        (i - start == 3 && text[start] == 'M' && text[start + 1] == 'a' && text[start + 2] == 'c');

    private static bool IsDottedAcronym(string text, int start, out int end)
    {
        end = start;
        var i = start;
        var letters = 0;
        while (i + 1 < text.Length && char.IsUpper(text[i]) && text[i + 1] == '.')
        {
            letters++;
            i += 2;
        }

        if (letters >= 2 && (i >= text.Length || !char.IsLetterOrDigit(text[i])))
        {
            end = i;
            return true;
        }

        return false;
    }

    /// <summary>Length of a possessive suffix at <paramref name="i"/>: "'s"/"’s" (2) or a bare "'" after an s (1); 0 when none.</summary>
    private static int PossessiveLength(string text, int i)
    {
        if (i >= text.Length || !CharFolding.IsApostrophe(text[i]))
        {
            return 0;
        }

        if (i + 1 < text.Length && text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2])))
        {
            return 2;
        }

        return i > 0 && text[i - 1] is 's' && (i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1])) ? 1 : 0;
    }

    private static PieceFlags Shape(string text, int start, int end)
    {
        var first = text[start];
        if (!char.IsUpper(first))
        {
            return PieceFlags.None;
        }

        var upper = 0;
        var lower = 0;
        for (var i = start; i < end; i++)
        {
            if (char.IsUpper(text[i]))
            {
                upper++;
            }
            else if (char.IsLower(text[i]))
            {
                lower++;
            }
        }

        return upper >= 2 && lower == 0 ? PieceFlags.Capitalised | PieceFlags.AllCaps : PieceFlags.Capitalised;
    }

    private static PieceFlags GapFlags(string text, int from, int to, bool first)
    {
        if (first)
        {
            return PieceFlags.BreakBefore | PieceFlags.SentenceStart;
        }

        var spaces = 0;
        var hyphens = 0;
        var other = false;
        var sentenceEnd = false;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c is ' ' or '\t' or '\u00A0')
            {
                spaces++;
            }
            else if (CharFolding.IsHyphen(c))
            {
                hyphens++;
            }
            else
            {
                other = true;
                if (c is '.' or '!' or '?' or ':' or '\n' or '\r' or '\u2022')
                {
                    sentenceEnd = true;
                }
            }
        }

        if (sentenceEnd)
        {
            return PieceFlags.BreakBefore | PieceFlags.SentenceStart;
        }

        if (other || hyphens > 1 || (hyphens == 1 && spaces > 0))
        {
            return PieceFlags.BreakBefore;
        }

        return hyphens == 1 ? PieceFlags.HyphenBefore : PieceFlags.None;
    }

    /// <summary>
    /// Marks the Arabic article: "al"/"el" (any case) joined by a hyphen to the next piece, or "Al"/"El"
    /// followed by a space and a capitalised piece ("Al Mayadeen"); sun-letter forms ("ash-", "ad-", "as-",
    /// "ar-", "at-", "az-", "an-", "ud-", "ul-") only with a hyphen.
    /// </summary>
    private static void MarkArticles(string text, List<Piece> pieces)
    {
        for (var k = 0; k + 1 < pieces.Count; k++)
        {
            var p = pieces[k];
            var next = pieces[k + 1];
            if (p.Span.Length is < 2 or > 3 || next.Has(PieceFlags.BreakBefore) || p.Has(PieceFlags.Possessive) || !next.Has(PieceFlags.Capitalised))
            {
                continue;
            }

            var s = p.Span.Slice(text);
            var isAl = s.Equals("al", StringComparison.OrdinalIgnoreCase) || s.Equals("el", StringComparison.OrdinalIgnoreCase);
            var hyphen = next.Has(PieceFlags.HyphenBefore);
            var sun = hyphen && IsSunLetterArticle(s);
            if ((isAl && (hyphen || (char.IsUpper(s[0]) && !next.Has(PieceFlags.GluedBefore)))) || sun)
            {
                pieces[k] = p with { Flags = p.Flags | PieceFlags.Article };
            }
        }
    }

    private static bool IsSunLetterArticle(ReadOnlySpan<char> s)
    {
        Span<char> lower = stackalloc char[3];
        var n = s.ToLowerInvariant(lower);
        return lower[..n] is "ad" or "ar" or "as" or "ash" or "at" or "az" or "an" or "ud" or "ul";
    }
}
