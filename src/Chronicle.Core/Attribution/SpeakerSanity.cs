using System.Collections.Frozen;
using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution;

/// <summary>
/// A last look at each draft's speaker phrase before resolution: a phrase no one could be — a lone day or month
/// ("Tuesday"), a verb form opening it ("faced", "established a policy"), an unclosed bracket ("Kissito (") — means
/// the cue was misread, so the draft is dropped rather than given a speaker that is no one.
/// </summary>
internal static class SpeakerSanity
{
    public static List<Draft> KeepPlausible(DocView v, List<Draft> drafts)
    {
        foreach (var d in drafts)
        {
            if (d.SpeakerSpan is { } sp && ContactRelative(v, sp) is { } whole)
            {
                d.SpeakerSpan = whole;
            }
            else if (d.SpeakerSpan is { } made && TrailingPast(v, made) is { } noun)
            {
                d.SpeakerSpan = noun; // "recent comments his rival made questioning …": the subject of the contact relative, not its verb
            }
            else if (d.SpeakerSpan is { } verb && SubjectlessVerb(v, verb, d.Sentence))
            {
                d.SpeakerSpan = null; // "Keeps saying she opposed the war": a list item with no subject; its words are kept, unattributed
            }
        }

        drafts.RemoveAll(d => d.SpeakerSpan is { } sp && !Plausible(v, sp, d.Cue, d.Sentence));
        return drafts;
    }

    /// <summary>
    /// "all the experts I interviewed said …": a lone past form after a subject pronoun ends a relative clause without
    /// "that"; the speaker is the noun phrase it describes, with the clause.
    /// </summary>
    private static TextSpan? ContactRelative(DocView v, TextSpan sp)
    {
        var k = v.TokenAt(sp.Start);
        if (k < 2 || k >= v.Tokens.Length || v.Tokens[k].Span.End < sp.End || !v.IsWord(k) || v.IsCap(k) || !v.W(k).EndsWith("ed", StringComparison.Ordinal)
            || !(v.Is(k - 1, "i") || v.Is(k - 1, "we") || v.Is(k - 1, "they") || v.Is(k - 1, "he") || v.Is(k - 1, "she") || v.Is(k - 1, "you")))
        {
            return null;
        }

        var start = k - 2;
        while (start - 1 >= 0 && v.IsWord(start - 1) && !v.IsPunct(start - 1, ',') && k - start < 6 && !v.In(start - 1, SpeakerWords.LeftStops))
        {
            start--;
        }

        return v.IsWord(start) && !v.In(start, SpeakerWords.LeftStops) ? new TextSpan(v.Tokens[start].Span.Start, sp.End) : null;
    }

    /// <summary>"his rival made": a phrase ending in a past verb after a noun is a subject and its verb; the noun phrase alone.</summary>
    private static TextSpan? TrailingPast(DocView v, TextSpan sp)
    {
        var first = v.TokenAt(sp.Start);
        var last = v.TokenAt(sp.End) - 1;
        if (last - first < 2 || !v.IsWord(last) || v.IsCap(last) || !PhraseScanner.IsIrregularPast(v, last) || !v.IsWord(last - 1) || v.IsCap(last - 1)
            || PhraseScanner.IsDeterminer(v, last - 1) || !PhraseScanner.IsDeterminer(v, first))
        {
            return null;
        }

        return new TextSpan(sp.Start, v.Tokens[last - 1].Span.End);
    }

    /// <summary>
    /// The speaker phrase is one capitalised verb form opening its sentence ("Keeps saying …", "Lacks …, and extols …"):
    /// a list item whose subject is the list's topic, named nowhere in the sentence.
    /// </summary>
    private static bool SubjectlessVerb(DocView v, TextSpan sp, int sentence)
    {
        var k = v.TokenAt(sp.Start);
        if (k >= v.Tokens.Length || v.Tokens[k].Span.End < sp.End || k != v.SentenceStart[sentence] || !v.IsCap(k))
        {
            return false;
        }

        var w = v.W(k);
        if (w.Length < 4 || !w.EndsWith("s", StringComparison.Ordinal) || w.EndsWith("ss", StringComparison.Ordinal))
        {
            return false;
        }

        Span<char> lower = stackalloc char[w.Length];
        w.ToLowerInvariant(lower);
        return SubjectlessOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower); // not any cue form: "Reports say …" has a subject
    }

    private static readonly FrozenSet<string> SubjectlessOpeners = new[]
    {
        "keeps", "continues", "refuses", "tries", "wants", "lacks", "needs", "seems", "fails", "insists", "pretends", "repeats",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"Twenty-seven", "dozens": a number word, alone or before a hyphen.</summary>
    private static bool IsNumberWord(ReadOnlySpan<char> w)
    {
        var dash = w.IndexOf('-');
        return NumberWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(dash > 0 ? w[..dash] : w);
    }

    private static readonly FrozenSet<string> NumberWords = new[]
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty",
        "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousands", "millions", "dozens",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool Plausible(DocView v, TextSpan sp, TextSpan cue, int sentence)
    {
        var first = v.TokenAt(sp.Start);
        if (first >= v.Tokens.Length)
        {
            return true;
        }

        var last = first;
        while (last + 1 < v.Tokens.Length && v.Tokens[last + 1].Span.End <= sp.End)
        {
            last++;
        }

        if (first == last && (PhraseScanner.IsTimeWord(v, first) || v.Tokens[first].Kind == TokenKind.Number || IsNumberWord(v.W(first))))
        {
            return false; // "to make the case Tuesday", "Twenty-seven states …": a day or a number alone is no speaker
        }

        if (first > 0 && first < last && v.Is(first - 1, "to") && !cue.Contains(v.Tokens[first - 1].Span) && v.IsWord(first) && !v.IsCap(first)
            && !PhraseScanner.IsDeterminer(v, first) && !v.In(first, SpeakerWords.Pronouns) && !v.In(first, SpeakerWords.SourceNouns))
        {
            return false; // "in order to prove Baghdad can assure …": an infinitive and its object are no speaker
        }

        if (first < last && v.Is(first, "that") && !PhraseScanner.IsDeterminer(v, first + 1) && !v.IsCap(first + 1))
        {
            return false; // "complained that he paid taxes": a clause is no speaker ("that reporter" is)
        }

        if (v.IsWord(first) && !v.IsCap(first) && first < last && (v.W(first).EndsWith("ed", StringComparison.Ordinal) || PhraseScanner.IsIrregularPast(v, first))
            && PhraseScanner.IsDeterminer(v, first + 1))
        {
            return false; // "established a policy urging …": a verb and its object are no speaker ("retired general X" is)
        }

        if (first == last && v.IsWord(first) && !v.IsCap(first) && (v.W(first).EndsWith("ed", StringComparison.Ordinal) || v.Is(first, "rather") || v.Is(first, "very")
            || v.Is(first, "become") || v.Is(first, "became") || v.Is(first, "been") || v.Is(first, "being") || v.Is(first, "be")))
        {
            return false; // "faced", "rather": a verb or an adverb alone is no speaker
        }

        if (first == last && v.IsCap(first) && first == v.SentenceStart[sentence] && v.W(first).EndsWith("ed", StringComparison.Ordinal)
            && v.TokenAt(cue.Start) == first + 1 && v.In(first + 1, SpeakerWords.SourceNouns))
        {
            return false; // "Leaked documents from his tax return show …": a participle before a source noun describes it, it names no one
        }

        return !v.IsPunct(last, '('); // "Kissito (": a bracket opening at the end cuts a name in half
    }
}
