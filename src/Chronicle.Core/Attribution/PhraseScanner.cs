using System.Collections.Frozen;
using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution;

/// <summary>Finds the noun phrase naming a speaker to the left or right of a cue, by token classes (no parser).</summary>
internal static class PhraseScanner
{
    private const int MaxWords = 15;

    private static readonly System.Collections.Frozen.FrozenSet<string> Determiners = new[]
    {
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "that", "such", "no", "any",
        "new", "to", "of", "whose", "every", "each",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly System.Collections.Frozen.FrozenSet<string> TimeWords = new[]
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
        "earlier", "later", "morning", "afternoon", "evening", "night", "week", "month", "year", "recently",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> LyNouns = new[]
    {
        "family", "rally", "assembly", "ally", "supply", "anomaly", "monopoly", "bully", "belly", "jelly", "folly", "holly", "reply", "july", "italy", "daily", "weekly", "monthly",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> IrregularPasts = new[]
    {
        "gave", "made", "took", "came", "went", "held", "led", "met", "sent", "won", "ran", "got", "put", "set", "began", "saw", "knew",
        "left", "kept", "brought", "thought", "found", "stood", "felt", "paid", "sold", "struck", "wrote", "spoke", "read", "told", "said",
        "built", "bought", "caught", "chose", "drew", "drove", "fell", "fought", "forgot", "grew", "heard", "hid", "hit", "hung", "lost",
        "meant", "rose", "sat", "shot", "shut", "slept", "spent", "stole", "swore", "taught", "threw", "understood", "woke", "wore", "broke",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A past form that does not end in "-ed" ("gave", "read", "sent"): a verb, never part of a noun phrase.</summary>
    public static bool IsIrregularPast(DocView v, int i) => v.IsWord(i) && !v.IsCap(i) && v.In(i, IrregularPasts);

    /// <summary>A word ending in "'s" ("Scott's", "Obama’s"): a possessive, or a contraction of "is"/"has".</summary>
    public static bool EndsPossessive(DocView v, int i) =>
        v.IsWord(i) && (v.W(i).EndsWith("'s", StringComparison.Ordinal) || v.W(i).EndsWith("\u2019s", StringComparison.Ordinal));

    /// <summary>An "-ly" adverb between subject and verb ("sharply criticized", "consistently touted").</summary>
    public static bool IsAdverb(DocView v, int i) => v.IsWord(i) && v.W(i).Length > 4 && v.W(i).EndsWith("ly", StringComparison.Ordinal) && !v.In(i, LyNouns);

    /// <summary>Negated auxiliaries ("isn't", "didn’t") end a speaker phrase.</summary>
    public static bool IsNegatedAux(DocView v, int i) => v.IsWord(i) && (v.W(i).EndsWith("n't", StringComparison.OrdinalIgnoreCase) || v.W(i).EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase));

    /// <summary>Words after which a preposition stays inside a source description ("familiar with the talks", "close to the PM").</summary>
    private static readonly FrozenSet<string> SourceQualifiers = new[]
    {
        "familiar", "close", "involved", "briefed", "knowledgeable", "aware", "speaking", "loyal", "linked", "allied", "opposed",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that may stand before an article inside one noun phrase ("all the", "such a", "half the").</summary>
    private static readonly FrozenSet<string> Predeterminers = new[] { "all", "both", "half", "such", "quite", "rather", "what", "many", "twice", "only", "just", "even", "not" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Prepositions that continue a source phrase only behind a participle or another preposition ("polls taken over …").</summary>
    private static readonly FrozenSet<string> ModifierPrepositions = new[] { "over", "during", "by", "into", "about", "across", "through", "under" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PhraseJoiners = new[] { "at", "in", "from", "of", "with", "for", "on", "inside" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Quantifiers = new[]
    {
        "some", "many", "most", "several", "few", "all", "one", "two", "three", "four", "five", "others", "those", "each", "none", "both", "dozens",
        "hundreds", "thousands", "majority", "minority", "half", "none", "nobody", "anyone", "everyone", "someone", "somebody", "everybody", "anybody",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the word before a cue makes it a noun ("the report", "his plans").</summary>
    public static bool IsDeterminer(DocView v, int i) => v.In(i, Determiners);

    public static bool IsTimeWord(DocView v, int i) => v.In(i, TimeWords);

    private static readonly FrozenSet<string> Months = new[]
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> TimePrepositions = new[] { "in", "on", "since", "during", "until", "by" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A capitalised month name ("March", "Sept").</summary>
    public static bool IsMonth(DocView v, int i) => v.IsCap(i) && v.In(i, Months);

    /// <summary>A year ("2010") or a capitalised month name ("August"): the end of a date adjunct.</summary>
    private static bool IsDateWord(DocView v, int i) =>
        (v.IsCap(i) && v.In(i, Months)) || (v.Tokens[i].Kind == TokenKind.Number && v.W(i).Length == 4 && (v.W(i)[0] == '1' || v.W(i)[0] == '2'));

    /// <summary>
    /// "in 2010", "in late August", "on Sept. 3", "in April 2015" ending at <paramref name="i"/>: the index of the
    /// preposition that opens it, or -1. A date adjunct sits between subject and verb ("a poll in late August found").
    /// </summary>
    private static int DateAdjunctStart(DocView v, int i, int sentenceStart)
    {
        var k = i;
        var dated = false;
        while (k >= sentenceStart && k > i - 5)
        {
            if (v.IsWord(k) && (IsDateWord(v, k) || (v.Tokens[k].Kind == TokenKind.Number && v.W(k).Length <= 2)))
            {
                dated |= IsDateWord(v, k);
                k--;
            }
            else if (v.Is(k, "late") || v.Is(k, "early") || v.Is(k, "mid") || v.IsPunct(k, '.') || v.IsPunct(k, ','))
            {
                k--;
            }
            else
            {
                break;
            }
        }

        return dated && k >= sentenceStart && k < i && v.In(k, TimePrepositions) && !v.IsCap(k) ? k : -1;
    }

    /// <summary>
    /// Skips words that sit between a subject and its verb, going left from <paramref name="i"/>
    /// (auxiliaries, adverbs, "on Thursday"). Returns the index of the last token before them.
    /// </summary>
    public static int SkipVerbPrefix(DocView v, int i, int sentenceStart)
    {
        while (i >= sentenceStart)
        {
            if ((v.In(i, SpeakerWords.VerbPrefix) || IsAdverb(v, i) || IsNegatedAux(v, i)) && !v.IsCap(i)
                && !((v.Is(i, "all") || v.Is(i, "both")) && (i == sentenceStart || !v.IsWord(i - 1))))
            {
                i--; // "they all said" skips "all"; "…, all agreed" keeps it: nothing before it can be the subject
            }
            else if (v.IsPunct(i, ',') && i - 1 >= sentenceStart && IsAdverb(v, i - 1) && IsAdverb(v, i + 1))
            {
                i--; // "he really, really wants": a comma between two adverbs of the same verb
            }
            else if (IsTimeWord(v, i) && i - 1 >= sentenceStart && (v.Is(i - 1, "on") || v.Is(i - 1, "last") || v.Is(i - 1, "this") || v.Is(i - 1, "late")))
            {
                i -= 2;
            }
            else if (IsTimeWord(v, i) && v.IsCap(i) && i - 1 >= sentenceStart && v.IsWord(i - 1) && !v.Is(i - 1, "on"))
            {
                i--; // "Trump on Monday said" is handled above; "Clinton Wednesday said"
            }
            else if (v.IsWord(i) && DateAdjunctStart(v, i, sentenceStart) is var prep and >= 0 && prep > sentenceStart)
            {
                i = prep - 1; // "a poll in late August found", "McConnell, who in 2010 said"
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>Pronouns that are only ever subjects and name a person or group ("he", "they"; not "it" or "you").</summary>
    public static readonly System.Collections.Frozen.FrozenSet<string> SubjectPronouns =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(["he", "she", "they", "we", "i"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The speaker phrase ending at token <paramref name="end"/> (inclusive), scanning left; null when
    /// the words there cannot name a speaker.
    /// </summary>
    public static TextSpan? Left(DocView v, int end, int sentenceStart)
    {
        if (v.In(end, SubjectPronouns))
        {
            return v.Span(end, end); // "at the convention he would …": a subject pronoun is the whole phrase
        }

        if ((v.Is(end, "whom") || v.Is(end, "which")) && end - 2 >= sentenceStart && v.Is(end - 1, "of") && v.In(end - 2, Quantifiers))
        {
            return v.Span(end - 2, end); // "…, many of whom say …": a share of the people just named
        }

        var j = end;
        var words = 0;
        Span<char> buffer = stackalloc char[40];
        while (j >= sentenceStart)
        {
            if (v.IsWord(j))
            {
                // "China and Russia": "and" between two names joins them into one source.
                var joinsNames = v.Is(j, "and") && j > sentenceStart && v.IsCap(j - 1) && v.IsCap(j + 1) && !v.In(j - 1, SpeakerWords.CapitalisedFunctionWords)
                    && !v.In(j + 1, SpeakerWords.CapitalisedFunctionWords);
                // "professors or supervisors", "lawyers and judges": two plural nouns joined make one source.
                joinsNames |= (v.Is(j, "and") || v.Is(j, "or")) && j > sentenceStart && words <= 2 && PluralNoun(v, j - 1) && PluralNoun(v, j + 1);
                // "Officials at the ministry", "Some at the meeting", "One of the doctors": a source word before a preposition keeps the phrase going.
                var sourcePhrase = (v.In(j, PhraseJoiners) || v.In(j, ModifierPrepositions)) && j > sentenceStart && !v.IsCap(j)
                    && ((v.In(j, PhraseJoiners) && (v.In(j - 1, SpeakerWords.SourceNouns) || v.In(j - 1, Quantifiers))) || SourcePhraseBehind(v, j, sentenceStart));
                if (IsNegatedAux(v, j) || (v.In(j, SpeakerWords.LeftStops) && !joinsNames && !sourcePhrase && !(v.IsCap(j) && j > sentenceStart && v.IsCap(j - 1)) && !IsOfInsideName(v, j, sentenceStart)
                    && !v.In(j - 1, SourceQualifiers)))
                {
                    break;
                }

                // "White House press secretary": a noun-like form after a name or a determiner is part of the phrase.
                if (words > 0 && !v.IsCap(j) && CueLexicon.TryGet(Lower(v, j, buffer), out _, out var kind) && kind == CueKind.Speech
                    && !(j > sentenceStart && (v.IsCap(j - 1) || IsDeterminer(v, j - 1)) && CueLexicon.NounLike.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Lower(v, j, buffer)))
                    && !ModifierBeforeSourceNoun(v, j, sentenceStart))
                {
                    break;
                }

                if (j != end && v.In(j, SpeakerWords.Pronouns) && !v.Is(j, "it"))
                {
                    break; // "he provided information indicating …": a pronoun subject ends the phrase
                }

                if (j != end && IsTimeWord(v, j) && v.IsCap(j + 1) && words > 0 && (v.Is(j - 1, "the") || v.Is(j - 1, "that")))
                {
                    break; // "The morning Mr. Obama unveiled …": a time noun before a name opens a clause ("the morning [that] …")
                }

                words++;
                if (words > MaxWords)
                {
                    return null;
                }

                if ((v.Is(j, "the") || v.Is(j, "a") || v.Is(j, "an")) && j - 1 >= sentenceStart && (v.IsCap(j - 1) || v.Tokens[j - 1].Kind == TokenKind.Number
                    || (v.IsWord(j - 1) && !v.In(j - 1, PhraseJoiners) && !v.In(j - 1, ModifierPrepositions) && !v.In(j - 1, Quantifiers) && !v.In(j - 1, SourceQualifiers) && !v.In(j - 1, Predeterminers)
                        && !InsideRelative(v, j - 1, sentenceStart))))
                {
                    j--;
                    break; // an article opens the noun phrase: "In March the mayor's" → "the mayor's", "published a study" → "a study"
                }
            }
            else if (!IsNameJoiner(v, j) && !(v.IsPunct(j, ',') && j > sentenceStart && j + 1 <= end && v.IsWord(j - 1) && !v.IsCap(j + 1)
                && v.W(j - 1).Equals(v.W(j + 1), StringComparison.OrdinalIgnoreCase)))
            {
                // "Oz's big, big boss": a comma between a repeated word is inside the phrase
                break;
            }

            j--;
        }

        var start = j + 1;
        while (start <= end && !v.IsWord(start))
        {
            start++;
        }

        if (start <= end && v.Is(j, "who") && j - 1 >= sentenceStart && v.IsWord(j - 1) && !v.IsCap(start) && !v.In(start, SpeakerWords.Pronouns)
            && Left(v, j - 1, sentenceStart) is { } antecedent)
        {
            // "The engineers who inspected the bridge said": the subject is the noun the relative clause describes.
            return new TextSpan(antecedent.Start, v.Tokens[end].Span.End);
        }

        return start > end || words == 0 || !CanNameSpeaker(v, start, end) ? null : v.Span(start, end);
    }

    /// <summary>
    /// "state regulators", "state officials": a base form of a speech verb right before a source noun, with no subject or
    /// auxiliary before it, is a noun modifying that noun, not the verb of a clause.
    /// </summary>
    private static bool ModifierBeforeSourceNoun(DocView v, int j, int sentenceStart)
    {
        var w = v.W(j);
        return v.In(j + 1, SpeakerWords.SourceNouns) && !v.IsCap(j + 1) && !w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ed", StringComparison.Ordinal)
            && !w.EndsWith("ing", StringComparison.Ordinal) && (j == sentenceStart || !v.IsWord(j - 1) || IsDeterminer(v, j - 1) || v.In(j - 1, Quantifiers) || v.IsCap(j - 1));
    }

    /// <summary>
    /// "members of the committee on foreign affairs in the lower house": a preposition after a noun that itself hangs, through
    /// an earlier preposition, on a source noun or a quantifier a few words back continues the same phrase.
    /// </summary>
    private static bool SourcePhraseBehind(DocView v, int joiner, int sentenceStart)
    {
        for (var k = joiner - 1; k > sentenceStart && k >= joiner - 5 && v.IsWord(k) && !v.IsCap(k); k--)
        {
            if (v.In(k, PhraseJoiners))
            {
                return v.In(k - 1, SpeakerWords.SourceNouns) || v.In(k - 1, Quantifiers);
            }

            if ((v.W(k).EndsWith("ed", StringComparison.Ordinal) || IsIrregularPast(v, k)) && v.In(k - 1, SpeakerWords.SourceNouns) && !v.IsCap(k - 1))
            {
                return true; // "polls taken over the past two weeks": a participle after a source noun
            }

            if (v.In(k, SpeakerWords.LeftStops) && !IsDeterminer(v, k))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A lowercase word ending in a plural "s" ("supervisors", not "boss" or "his").</summary>
    private static bool PluralNoun(DocView v, int k) =>
        v.IsWord(k) && !v.IsCap(k) && v.W(k) is { Length: > 3 } w && w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal)
        && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal) && !v.In(k, SpeakerWords.LeftStops);

    /// <summary>"who (recently) inspected": the verb at <paramref name="verb"/> belongs to a relative clause describing the subject.</summary>
    private static bool InsideRelative(DocView v, int verb, int sentenceStart)
    {
        for (var k = verb - 1; k >= sentenceStart && k >= verb - 3 && v.IsWord(k); k--)
        {
            if (v.Is(k, "who") || v.Is(k, "that") || v.Is(k, "which"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The speaker phrase starting at token <paramref name="start"/>, scanning right (inverted "said X").</summary>
    public static TextSpan? Right(DocView v, int start, int sentenceEnd)
    {
        var j = start;
        var words = 0;
        while (j < sentenceEnd)
        {
            if (v.IsWord(j))
            {
                if (words > 0 && v.In(j, SpeakerWords.RightStops) && !v.IsCap(j))
                {
                    break;
                }

                if (IsTimeWord(v, j))
                {
                    break;
                }

                words++;
                if (words > MaxWords)
                {
                    return null;
                }
            }
            else if (!IsNameJoiner(v, j) || (v.IsPunct(j, '.') && j + 1 >= sentenceEnd) || (v.IsPunct(j, '(') && v.IsWord(j + 1) && !v.IsCap(j + 1)))
            {
                break; // "said Ms. Reyes (a view shared by …)": a lowercase aside, unlike a party tag "(D-Mont.)", is no part of the name
            }

            j++;
        }

        var end = j - 1;
        while (end >= start && !v.IsWord(end))
        {
            end--;
        }

        return end < start || !CanNameSpeaker(v, start, end) ? null : v.Span(start, end);
    }

    /// <summary>
    /// A phrase can name a speaker when it has a capitalised word, a pronoun, or a noun that is not a
    /// bare function word; and it does not start like a clause ("there", "it is").
    /// </summary>
    public static bool CanNameSpeaker(DocView v, int start, int end)
    {
        if ((v.Is(start, "it") || v.Is(start, "each") || v.Is(start, "both")) && end == start)
        {
            return true; // "…, each touting their own experience": a distributive pronoun names the people just listed
        }

        if (v.Is(start, "there") || v.Is(start, "this") || v.Is(start, "what") || v.Is(start, "which") || v.Is(start, "including") || v.Is(start, "of"))
        {
            return false;
        }

        if ((v.Is(start, "a") || v.Is(start, "an")) && end > start
            && Demonyms.CountryOf(v.Text.AsSpan(v.Tokens[start + 1].Span.Start, v.Tokens[end].Span.End - v.Tokens[start + 1].Span.Start)) is not null)
        {
            return false; // "a U.S. appeals court", "an Iraqi": an article and a nationality open a longer phrase, they name no one
        }

        Span<char> buffer = stackalloc char[40];
        if (v.IsWord(start) && !v.IsCap(start) && v.Tokens[start].Kind == TokenKind.Word && CueLexicon.TryGet(Lower(v, start, buffer), out _, out _)
            && !CueLexicon.NounLike.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Lower(v, start, buffer)))
        {
            return false; // "could not resist pointing out": a verb opens no speaker phrase
        }

        var content = 0;
        for (var i = start; i <= end; i++)
        {
            if (v.IsWord(i) && !v.In(i, Determiners) && v.Tokens[i].Kind == TokenKind.Word)
            {
                content++;
            }
        }

        return content > 0;
    }

    /// <summary>"of" inside a capitalised name ("Secretary of Defense", "Islamic Resistance in Iraq").</summary>
    private static bool IsOfInsideName(DocView v, int j, int sentenceStart) =>
        (v.Is(j, "of") || v.Is(j, "for") || v.Is(j, "in")) && j > sentenceStart && v.IsCap(j - 1) && v.IsCap(j + 1);

    /// <summary>Punctuation allowed inside a speaker phrase: abbreviation periods, hyphens, apostrophes.</summary>
    private static bool IsNameJoiner(DocView v, int j)
    {
        if (v.IsPunct(j, '-') && j > 0 && j + 1 < v.Tokens.Length && v.Tokens[j].Span.Start > v.Tokens[j - 1].Span.End && v.Tokens[j + 1].Span.Start > v.Tokens[j].Span.End)
        {
            return false; // "impulses - it has": a hyphen with spaces on both sides is a dash between clauses
        }

        if (v.IsPunct(j, '-') || v.IsPunct(j, '\'') || v.IsPunct(j, '\u2019') || v.IsPunct(j, '&') || v.IsPunct(j, '(') || v.IsPunct(j, ')'))
        {
            return true;
        }

        if (v.IsPunct(j, '.') && j > 0 && v.IsWord(j - 1))
        {
            // "Maj.", "Gen.", "U.S.", "(D-Mass.)": inside one sentence a period after a capitalised word is an abbreviation.
            return v.IsCap(j - 1);
        }

        // "9/11 survivor Dana Whitfield", "24/7 monitors": a slash between numbers is one word.
        return v.IsPunct(j, '/') && j > 0 && j + 1 < v.Tokens.Length && v.Tokens[j - 1].Kind == TokenKind.Number && v.Tokens[j + 1].Kind == TokenKind.Number;
    }

    public static ReadOnlySpan<char> Lower(DocView v, int i, Span<char> buffer)
    {
        var w = v.W(i);
        if (w.Length > buffer.Length)
        {
            return w;
        }

        var n = w.ToLowerInvariant(buffer);
        return buffer[..n];
    }
}
