using System.Collections.Frozen;
using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution;

/// <summary>Small token tests the frames share.</summary>
internal sealed partial class CueFrames
{
    private bool ForWithin(int from, int to)
    {
        for (var k = from; k < to && !v.IsPunctuation(k); k++)
        {
            if (v.Is(k, "for"))
            {
                return true;
            }
        }

        return false;
    }

    private bool OnWithin(int from, int to)
    {
        for (var k = from + 1; k < to && !v.IsPunctuation(k); k++)
        {
            if (v.Is(k, "on"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Verbs whose subject is also the subject of the infinitive after them: "went on to say", "refused to comment".</summary>
    private static readonly FrozenSet<string> Controllers = new[]
    {
        "continued", "continues", "continue", "began", "begins", "begin", "started", "starts", "refused", "refuses", "declined", "declines",
        "decided", "decides", "wanted", "wants", "want", "tried", "tries", "try", "sought", "seeks", "seemed", "seems", "appeared",
        "appears", "promised", "promises", "vowed", "vows", "hoped", "hopes", "planned", "plans", "used", "chose", "chooses", "moved",
        "rushed", "hastened", "went", "goes", "going", "go", "took", "takes", "came", "comes", "come", "flew", "travelled", "traveled", "returned",
        "set", "poised", "ready", "able", "unable", "likely", "unlikely", "due", "yet", "need", "needs", "needed", "expected",
        "attempted", "attempts", "attempt",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The "to" of an infinitive cue at <paramref name="i"/>, split or not ("to tout", "to consistently tout"), or -1.</summary>
    private int InfinitiveTo(int i) =>
        v.Is(i - 1, "to") ? i - 1
        : v.Is(i - 2, "to") && v.IsWord(i - 1) && !v.IsCap(i - 1) && v.W(i - 1).EndsWith("ly", StringComparison.Ordinal) && v.W(i - 1).Length > 4 ? i - 2
        : -1;

    /// <summary>
    /// For a cue after "to" (token <paramref name="to"/>): the token that ends the subject of the controlling
    /// verb ("Sanders went on to say", "the senator took to Twitter to accuse"), or -1 when "to" is not controlled.
    /// </summary>
    private int ControllerBefore(int to, int a)
    {
        var k = to - 1;
        if (k - 1 > a && (PhraseScanner.IsTimeWord(v, k) || v.Is(k, "overnight")))
        {
            k--; // "took to Twitter overnight to accuse …", "tried on Tuesday to make the case"
            if (v.Is(k, "on") && k - 1 > a)
            {
                k--;
            }
        }

        if (v.Is(k, "on") || v.Is(k, "Twitter") || v.Is(k, "airwaves"))
        {
            k--; // "went on to say", "took to Twitter to"
            if (v.Is(k, "to"))
            {
                k--;
            }
        }

        if (k - 1 > a && (v.Is(k, "was") || v.Is(k, "is")) && v.In(k - 1, ResponseNouns))
        {
            // "his best response was to say …": the one whose response it was
            for (var h = k - 2; h >= a && h >= k - 4; h--)
            {
                if (Possessor(h))
                {
                    return h;
                }
            }
        }

        if (k >= a && v.In(k, Controllers))
        {
            var end = PhraseScanner.SkipVerbPrefix(v, k - 1, a);
            while (end > a && (v.Is(end, "appears") || v.Is(end, "appeared") || v.Is(end, "seems") || v.Is(end, "seemed") || v.Is(end, "looks") || v.Is(end, "looked")))
            {
                end = PhraseScanner.SkipVerbPrefix(v, end - 1, a); // "Obama appears set to veto …": the subject is before the copula
            }

            return end;
        }

        // "the senator spoke at a gathering of conservatives to discuss …", "met with the liaison to discuss …": a purpose
        // infinitive after a verb of meeting or travel has that verb's subject.
        for (var j = to - 1; j >= a && j >= to - 12; j--)
        {
            if (v.In(j, PurposeVerbs) && !v.IsCap(j))
            {
                return j > a ? PhraseScanner.SkipVerbPrefix(v, j - 1, a) : -1;
            }

            if (!v.IsWord(j) && !v.IsPunct(j, '.') && !v.IsPunct(j, '\u2019') && !v.IsPunct(j, '\'') && !v.IsPunct(j, '-'))
            {
                return -1;
            }
        }

        return -1;
    }

    private static readonly FrozenSet<string> ResponseNouns = new[] { "response", "answer", "reaction", "instinct", "reply", "retort" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PurposeVerbs = new[]
    {
        "met", "meets", "meet", "spoke", "speaks", "gathered", "gather", "gathers", "traveled", "travelled", "travels", "flew", "flies", "visited",
        "visits", "convened", "convenes", "arrived", "arrives", "sat", "rallied", "marched", "gone", "went", "headed", "toured",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ObjectControllers = new[]
    {
        "forced", "forces", "force", "prompted", "prompts", "prompt", "led", "leads", "pushed", "pushes", "allowed", "allows", "enabled",
        "enables", "inspired", "inspires", "compelled", "compels", "persuaded", "persuades", "convinced", "convinces", "caused", "causes",
        "drove", "drives", "got", "gets",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// For a cue after "to": the controlling verb when its object is the one who acts ("forced Stumpf to admit",
    /// "prompted NATO to order"), or -1. The object is a short phrase with no punctuation but abbreviation periods.
    /// </summary>
    private int ObjectControllerBefore(int to, int a)
    {
        to = BeforeRelativeAside(to - 1, a) + 1; // "forced the chief executive, who was questioned, to admit"
        for (var k = to - 1; k >= a && k >= to - 7; k--)
        {
            if (v.In(k, ObjectControllers) && !v.IsCap(k))
            {
                return k < to - 1 ? k : -1;
            }

            if (!v.IsWord(k) && !v.IsPunct(k, '.') && !v.IsPunct(k, '\u2019') && !v.IsPunct(k, '\''))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"called Oz a quack": a name, then "a"/"an" opening what it is called (not "a group called Friends of the Earth").</summary>
    private bool NameThenArticle(int p, int b)
    {
        var k = p;
        while (k < Math.Min(b, p + 4) && v.IsCap(k))
        {
            k++;
        }

        return k > p && (v.Is(k, "a") || v.Is(k, "an"));
    }

    private bool AsWithin(int from, int to)
    {
        for (var k = from; k < to && !v.IsPunctuation(k); k++)
        {
            if (v.Is(k, "as"))
            {
                return true;
            }

            if (v.In(k, BeForms) || v.Is(k, "that"))
            {
                return false;
            }
        }

        return false;
    }

    private bool QuoteMarkWithin(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (v.IsQuoteMark(k))
            {
                return true;
            }
        }

        return false;
    }

    private int FirstWord(int a, int b)
    {
        while (a < b && !v.IsWord(a))
        {
            a++;
        }

        return a;
    }

    /// <summary>An auxiliary or modal inside a phrase shows it is a clause, not a speaker ("parents still want …").</summary>
    private bool HasFiniteVerb(TextSpan span)
    {
        for (var k = v.TokenAt(span.Start); k < v.Tokens.Length && v.Tokens[k].Span.End <= span.End; k++)
        {
            if (v.Is(k, "will") || v.Is(k, "would") || v.Is(k, "is") || v.Is(k, "are") || v.Is(k, "was") || v.Is(k, "were") || v.Is(k, "has")
                || v.Is(k, "have") || v.Is(k, "had") || v.Is(k, "can") || v.Is(k, "could") || v.Is(k, "want") || v.Is(k, "wants") || v.Is(k, "should")
                || v.Is(k, "does") || v.Is(k, "do") || v.Is(k, "did") || v.Is(k, "must") || v.Is(k, "may"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that open an adjunct rather than a clause: prepositions, subordinators, sentence adverbs.</summary>
    private static readonly FrozenSet<string> AdjunctOpeners = new[]
    {
        "in", "on", "at", "during", "after", "before", "through", "with", "without", "for", "since", "by", "from", "under", "despite",
        "amid", "following", "throughout", "within", "over", "across", "around", "among", "beyond", "meanwhile", "however", "still", "then", "now", "today", "yesterday", "when",
        "while", "if", "although", "though", "because", "once", "until", "unless", "as", "upon", "speaking", "asked", "earlier", "later",
        "like", "unlike", "besides", "according", "last", "next",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "In his speech", "Through a spokesman", "When asked about it": a span that opens with an adjunct word
    /// and has no comma of its own is only that adjunct, never reported content.
    /// </summary>
    private bool IsAdjunctOnly(TextSpan span)
    {
        var first = v.TokenAt(span.Start);
        if (!v.In(first, AdjunctOpeners) || HasFiniteVerb(span))
        {
            return false; // "However debates are not likely to …" is a clause
        }

        for (var k = first; k < v.Tokens.Length && v.Tokens[k].Span.End <= span.End; k++)
        {
            if (v.IsPunct(k, ',') || v.IsPunct(k, ';') || v.IsPunct(k, ':'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>After an opening adjunct and its comma ("Meanwhile, it …", "In his speech, Graham …"): the first token of the main clause.</summary>
    private int SkipOpeningAdjunct(int a, int limit)
    {
        var first = FirstWord(a, limit);
        // "Chastened by the analyses, Trump revised …": an opening participle phrase is an adjunct too.
        var participle = first < limit && v.IsWord(first) && (v.W(first).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || v.W(first).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            && v.W(first).Length > 5 && v.IsWord(first + 1) && !v.IsCap(first + 1);
        if (first >= limit || (!v.In(first, AdjunctOpeners) && !participle))
        {
            return a;
        }

        for (var k = first + 1; k < Math.Min(limit, first + 25); k++)
        {
            if (v.IsPunct(k, ',') && k + 2 < limit && v.Tokens[k + 1].Kind == TokenKind.Number && v.W(k + 1).Length == 4 && v.IsPunct(k + 2, ','))
            {
                k++; // "On July 6, 2015, Sanders …": the comma before the year is inside the date
                continue;
            }

            if (v.IsPunct(k, ',') && HasFiniteVerb(v.Span(first, k - 1)))
            {
                return a; // "In recent weeks raids have intensified once more, however, …": a clause, not an opening adjunct
            }

            if (v.IsPunct(k, ','))
            {
                var next = FirstWord(k + 1, limit);
                return next < limit && v.In(next, AdjunctOpeners) && v.IsPunct(next + 1, ',') ? next + 2 : k + 1; // "On Thursday, however, Trump …"
            }
        }

        return a;
    }

    /// <summary>A clause opens at <paramref name="k"/>: a subject-like word (determiner, pronoun, name, number), not a verb.</summary>
    private bool OpensClause(int k, int b) =>
        k < b && v.IsWord(k) && (PhraseScanner.IsDeterminer(v, k) || v.In(k, SpeakerWords.Pronouns) || v.Tokens[k].Kind == TokenKind.Number
            || (v.IsCap(k) && !v.In(k, SpeakerWords.CapitalisedFunctionWords)) || v.Is(k, "most") || v.Is(k, "many") || v.Is(k, "some")
            || v.Is(k, "women") || v.Is(k, "men") || v.Is(k, "people") || v.Is(k, "nearly") || v.Is(k, "more") || v.Is(k, "about") || v.In(k, NumberWords)
            || v.Is(k, "in") || v.Is(k, "among") || v.Is(k, "despite") || v.Is(k, "if") || v.Is(k, "when") || v.Is(k, "while"));

    /// <summary>The noun phrase ending at <paramref name="end"/> has a source noun ("a study of the accounts").</summary>
    private bool HasSourceNoun(int end, int a)
    {
        if (end < a || PhraseScanner.Left(v, end, a) is not { } np)
        {
            return false;
        }

        for (var k = v.TokenAt(np.Start); k <= end; k++)
        {
            if (v.In(k, SpeakerWords.SourceNouns))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> NumberWords = new[]
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "all", "both", "none", "every", "few",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Inside a quotation that opened, whether or not its closing mark survived (a quote running to the paragraph end).</summary>
    private bool InsideOpenedQuotation(int t) => (Quoted[t] & OpenedBit) != 0;

    private const byte OpenedBit = 1;
    private const byte ClosedBit = 2;

    /// <summary>
    /// Per token: inside an opened quotation (bit 1), inside one that also closed (bit 2). Built once per
    /// document, so the cue tests do not walk every quotation of the article for each candidate word.
    /// </summary>
    private byte[] Quoted => quoted ??= BuildQuoted();

    private byte[]? quoted;

    private byte[] BuildQuoted()
    {
        var marks = new byte[v.Tokens.Length];
        foreach (var seg in segments)
        {
            if (!seg.Opened)
            {
                continue;
            }

            var bits = (byte)(OpenedBit | (seg.Closed ? ClosedBit : 0));
            for (var k = v.TokenAt(seg.Content.Start); k < v.Tokens.Length && v.Tokens[k].Span.End <= seg.Content.End; k++)
            {
                marks[k] |= bits;
            }
        }

        return marks;
    }

    private bool InsideQuotation(int t) => (Quoted[t] & ClosedBit) != 0;

    /// <summary>"He’s claiming", "who's called for": a pronoun with a contracted "is"/"has", not a possessive.</summary>
    private bool IsPronounContraction(int t)
    {
        if (!v.IsWord(t) || v.W(t).Length < 3)
        {
            return false;
        }

        var w = v.W(t)[..^2].ToString();
        return SpeakerWords.Pronouns.Contains(w) || w.Equals("who", StringComparison.OrdinalIgnoreCase) || w.Equals("that", StringComparison.OrdinalIgnoreCase);
    }

    private bool EndsPossessive(int t) => PhraseScanner.EndsPossessive(v, t);

    /// <summary>"can be heard yelling", "was seen waving": an -ing form after a passive of perception, whose subject does it.</summary>
    private bool PerceivedDoing(int i) =>
        v.W(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && (v.Is(i - 1, "heard") || v.Is(i - 1, "seen")) && v.In(i - 2, BeForms);

    /// <summary>"his", "Trump's": a word that holds the noun after it.</summary>
    private bool Possessor(int t) => v.In(t, SpeakerWords.PossessivePronouns) || EndsPossessive(t);

    private bool IsPassiveParticiple(int i, int a)
    {
        var w = v.W(i);
        var participle = w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || v.Is(i, "told") || v.Is(i, "said") || v.Is(i, "written")
            || v.Is(i, "known") || v.Is(i, "shown") || v.Is(i, "thought") || v.Is(i, "found") || v.Is(i, "seen") || v.Is(i, "understood");
        var k = i - 1;
        while (k >= a && (PhraseScanner.IsAdverb(v, k) || v.Is(k, "not") || v.Is(k, "also") || v.Is(k, "widely") || v.Is(k, "often")
            || (v.In(k, SpeakerWords.VerbPrefix) && !v.In(k, BeForms) && !v.In(k, Modals) && !v.Is(k, "has") && !v.Is(k, "have") && !v.Is(k, "had"))))
        {
            k--;
        }

        return participle && k >= a && (v.In(k, BeForms) || v.Is(k, "get") || v.Is(k, "got") || AbsoluteWith(k, a));
    }

    /// <summary>
    /// "with both the mayor and his wife expected to visit …": the participle's subject opens right after "with" (an absolute
    /// phrase has no verb of its own, so the participle is passive).
    /// </summary>
    private bool AbsoluteWith(int subjectEnd, int a)
    {
        if (!WithBefore(subjectEnd, a))
        {
            return false; // most participles: no "with" to open an absolute phrase, so no phrase scans
        }

        var end = subjectEnd;
        for (var conjuncts = 0; conjuncts < 3; conjuncts++)
        {
            if (!v.IsWord(end) || v.In(end, SpeakerWords.Pronouns) || PhraseScanner.Left(v, end, a) is not { } subject)
            {
                return false;
            }

            var before = v.TokenAt(subject.Start) - 1;
            if (v.Is(before, "both"))
            {
                before--; // "with both the mayor and his wife …"
            }

            if (before >= a && v.Is(before, "with"))
            {
                return before == a || v.IsPunct(before - 1, ',');
            }

            if (!v.Is(before, "and") || before - 1 < a)
            {
                return false;
            }

            end = before - 1; // "the mayor and his wife": the conjunct before "and"
        }

        return false;
    }

    private bool WithBefore(int k, int a)
    {
        for (var j = k; j >= a; j--)
        {
            if (v.Is(j, "with"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A subject that can speak right before a noun-like cue: pronoun, name, source noun, relative pronoun.</summary>
    private static readonly FrozenSet<string> Modals = new[]
    {
        "do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private bool SpeakingSubjectBefore(int i, int a)
    {
        var k = PhraseScanner.SkipVerbPrefix(v, i - 1, a);
        if (k < a)
        {
            return false;
        }

        if (v.IsPunct(k, ',') && Appositive(k, a) is not null)
        {
            return true; // "Rendell, a Clinton surrogate, called it …"
        }

        if (v.IsPunct(k, ')') && PartyTagOpening(k, a) is var open and > 0 && v.IsCap(open - 1))
        {
            return true; // "Gov. Terry McAuliffe (D) appoints him …": a name and its party tag
        }

        var auxiliary = k < i - 1;
        if (v.In(k, SpeakerWords.Pronouns) || v.Is(k, "who") || v.Is(k, "i") || (k == i - 1 && RelativeThat(k) && PhraseScanner.IsDeterminer(v, i + 1)))
        {
            return true;
        }

        if ((v.Is(k, "percent") || v.IsPunct(k, '%')) && (PhraseScanner.IsDeterminer(v, i + 1) || v.IsCap(i + 1) || v.Is(i + 1, "him") || v.Is(i + 1, "her") || v.Is(i + 1, "them")))
        {
            return true; // "1 percent support the Green candidate": poll respondents
        }

        if (PhraseScanner.IsNegatedAux(v, i - 1) || v.In(i - 1, Modals))
        {
            return v.IsWord(k) && !PhraseScanner.IsDeterminer(v, k); // "the operator doesn't think", "voters should know": only a verb follows a modal
        }

        var plainForm = !v.W(i).EndsWith("s", StringComparison.Ordinal) && !v.W(i).EndsWith("ed", StringComparison.Ordinal) && !v.W(i).EndsWith("ing", StringComparison.Ordinal);
        var plural = v.IsWord(k) && v.W(k).EndsWith("s", StringComparison.Ordinal);
        // "as China and Russia support the government": a name before a base form and a determiner after it is a clause.
        // "Local growers see the canal as …": a plural noun before a base form works the same way.
        var nameThenObject = (v.IsCap(k) && !v.In(k, SpeakerWords.CapitalisedFunctionWords) || plural && !v.IsCap(k))
            && (PhraseScanner.IsDeterminer(v, i + 1) && !v.Is(i + 1, "to") && !v.Is(i + 1, "of"));

        // "The pilots point out …", "Lee and Hale point out own credentials": a particle after a plain form makes it a verb.
        if (plainForm && v.Is(i + 1, "out") && v.IsWord(i + 2) && (plural || (v.IsCap(k) && !v.In(k, SpeakerWords.CapitalisedFunctionWords))))
        {
            return true;
        }

        if (plainForm && !auxiliary && !plural && !nameThenObject)
        {
            return PluralSourceBeforePreposition(k, a); // "the museum document", "the Sunshine state": a singular noun before a base form is a compound noun
        }

        if (plainForm && k - 1 >= a && (v.Is(k - 1, "a") || v.Is(k - 1, "an")))
        {
            return false; // "A Curious Plan to Fight …", "an early lead": a singular noun phrase takes no plain form; the cue is its head noun
        }

        if (plainForm && nameThenObject)
        {
            return true;
        }

        // "The woman disputes the idea that …": a determiner, a singular noun, an -s form, then an object is a clause.
        var singularThenObject = v.W(i).EndsWith("s", StringComparison.Ordinal) && k == i - 1 && k - 1 >= a && PhraseScanner.IsDeterminer(v, k - 1) && !v.Is(k - 1, "of") && !v.Is(k - 1, "to")
            && v.IsWord(k) && !v.IsCap(k) && !v.W(k).EndsWith("s", StringComparison.Ordinal)
            && (PhraseScanner.IsDeterminer(v, i + 1) && !v.Is(i + 1, "to") && !v.Is(i + 1, "of") && !v.Is(i + 1, "that") || v.Is(i + 1, "that") && OpensClause(i + 2, Math.Min(v.Tokens.Length, i + 14)));
        // "The regulator imposed a record penalty": a determiner, a noun, a past form, then an object is a clause
        // (a reduced relative, "the penalty imposed by …", has no object after it).
        var pastThenObject = v.W(i).EndsWith("ed", StringComparison.Ordinal) && k == i - 1 && k - 1 >= a && PhraseScanner.IsDeterminer(v, k - 1) && !v.Is(k - 1, "of") && !v.Is(k - 1, "to")
            && v.IsWord(k) && !v.IsCap(k) && PhraseScanner.IsDeterminer(v, i + 1) && !v.Is(i + 1, "to") && !v.Is(i + 1, "of");
        if (singularThenObject || pastThenObject || (v.W(i).EndsWith("ed", StringComparison.Ordinal) && ObjectAfter(i + 1) && DeterminedSubjectBefore(i, a)))
        {
            return true;
        }

        var past = v.W(i).EndsWith("ed", StringComparison.Ordinal);
        return (v.IsCap(k) && !v.In(k, SpeakerWords.CapitalisedFunctionWords)) || v.In(k, SpeakerWords.SourceNouns)
            || (v.W(i).EndsWith("s", StringComparison.Ordinal) && plural && SourceNounBehindModifier(k, a)) // "polls taken over two weeks shows": "weeks" cannot be its subject
            || (past && PluralSourceBeforePreposition(k, a)) // "attorneys for the family released it …"
            || (past && v.In(k, SpeakingCollectives) && ObjectAfter(i + 1)); // "several environmental groups granted Mr. Clarke …"
    }

    /// <summary>The "(" of a short parenthetical closing at <paramref name="close"/> ("(D)", "(R-Utah)", "(D-N.J.)"), or -1.</summary>
    private int PartyTagOpening(int close, int a)
    {
        for (var k = close - 1; k > a && k >= close - 6; k--)
        {
            if (v.IsPunct(k, '('))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>A determiner (not "to"/"of"), a capitalised name or an object pronoun at <paramref name="k"/>: the object of a verb starts here.</summary>
    private bool ObjectAfter(int k) =>
        (PhraseScanner.IsDeterminer(v, k) && !v.Is(k, "to") && !v.Is(k, "of")) || (v.IsCap(k) && (!v.In(k, SpeakerWords.CapitalisedFunctionWords) || v.In(k, SpeakerWords.Titles)))
        || v.In(k, ObjectPronouns) || (v.IsQuoteMark(k) && (v.IsCap(k + 1) || PhraseScanner.IsDeterminer(v, k + 1))); // "introduced the “War On Drugs”", "introduced “Medicare for All”"

    /// <summary>
    /// "the union of harbour pilots called the mayor …": a noun phrase opened by a determiner right after a clause boundary,
    /// with prepositional phrases only, runs up to the past form at <paramref name="i"/>: it is that verb's subject.
    /// </summary>
    private bool DeterminedSubjectBefore(int i, int a)
    {
        for (var d = i - 2; d >= a && d >= i - 9; d--)
        {
            if (!v.IsWord(d) || v.IsCap(d) && d > a)
            {
                return false;
            }

            if (PhraseScanner.IsDeterminer(v, d) && !v.Is(d, "to") && !v.Is(d, "of"))
            {
                var boundary = d == a || v.IsPunct(d - 1, ',') || v.IsPunct(d - 1, ';') || (v.Is(d - 1, "and") || v.Is(d - 1, "but"));
                return boundary && HasPreposition(d + 1, i - 1);
            }

            if (v.In(d, SpeakerWords.LeftStops) && !v.In(d, NounPhrasePrepositions))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Prepositions that hang a phrase on the noun before them inside one subject ("the union of harbour pilots").</summary>
    private static readonly FrozenSet<string> NounPhrasePrepositions = new[] { "of", "in", "at", "from", "for", "on" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private bool HasPreposition(int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            if (v.In(k, NounPhrasePrepositions))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The average of polls taken over the past two weeks shows …": a source noun a few words back, followed by a participle
    /// or a preposition that opens the words after it, heads the subject; the noun right before the verb is inside its modifier.
    /// </summary>
    private bool SourceNounBehindModifier(int k, int a)
    {
        for (var j = k - 1; j > a && j >= k - 8 && v.IsWord(j) && !v.IsCap(j); j--)
        {
            var opensModifier = v.W(j).EndsWith("ed", StringComparison.Ordinal) || PhraseScanner.IsIrregularPast(v, j)
                || v.Is(j, "of") || v.Is(j, "from") || v.Is(j, "in") || v.Is(j, "on") || v.Is(j, "over") || v.Is(j, "by");
            if (opensModifier && v.In(j - 1, SpeakerWords.SourceNouns) && !v.IsCap(j - 1))
            {
                return true;
            }

            if (v.In(j, SpeakerWords.LeftStops) && !PhraseScanner.IsDeterminer(v, j) && !opensModifier)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "The documents from the archive show …": the singular noun before a base form ends a preposition phrase hanging on a
    /// plural source noun, which is the subject the verb agrees with.
    /// </summary>
    private bool PluralSourceBeforePreposition(int k, int a)
    {
        for (var j = k - 1; j > a && j >= k - 5 && v.IsWord(j); j--)
        {
            if (v.Is(j, "from") || v.Is(j, "of") || v.Is(j, "at") || v.Is(j, "in") || v.Is(j, "on") || v.Is(j, "for"))
            {
                return v.IsWord(j - 1) && !v.IsCap(j - 1) && v.W(j - 1).EndsWith("s", StringComparison.Ordinal)
                    && (v.In(j - 1, SpeakerWords.SourceNouns) || v.In(j - 1, SpeakingCollectives));
            }

            if (v.In(j, SpeakerWords.LeftStops) && !PhraseScanner.IsDeterminer(v, j))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"a number of cities that support the regulations": "that" after a plural noun opens a relative clause whose verb follows.</summary>
    private bool RelativeThat(int k) =>
        v.Is(k, "that") && k > 0 && v.IsWord(k - 1) && !v.IsCap(k - 1) && v.W(k - 1).EndsWith("s", StringComparison.Ordinal)
        && (v.In(k - 1, SpeakerWords.SourceNouns) || v.In(k - 1, SpeakingCollectives)); // "attacks that threaten …" speak for no one

    /// <summary>Plural nouns of bodies and texts that can say, want or oppose something.</summary>
    private static readonly FrozenSet<string> SpeakingCollectives = new[]
    {
        "cities", "towns", "nations", "countries", "states", "governments", "parties", "groups", "unions", "companies", "firms",
        "organizations", "organisations", "agencies", "institutions", "universities", "schools", "churches", "rules", "laws", "bills",
        "newspapers", "outlets", "networks", "banks", "members", "lawmakers", "senators", "leaders", "officials", "voters",
        "attorneys", "lawyers", "spokesmen", "representatives", "advocates", "presidents", "governors", "mayors", "ministers",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private bool LooksLikeClause(int p, int b)
    {
        // A subject followed by a verb-ish word within a few tokens ("believes the deal will …").
        for (var k = p; k < Math.Min(b, p + 8); k++)
        {
            if (v.Is(k, "will") || v.Is(k, "would") || v.Is(k, "is") || v.Is(k, "was") || v.Is(k, "are") || v.Is(k, "were") || v.Is(k, "has")
                || v.Is(k, "have") || v.Is(k, "can") || v.Is(k, "could") || v.Is(k, "should") || v.Is(k, "must") || v.Is(k, "might"))
            {
                return k > p;
            }
        }

        return false;
    }

    /// <summary>"expects them to …", "expect Clinton to win": an object (pronoun or name) followed by a to-infinitive.</summary>
    private bool ObjectThenInfinitive(int p, int b)
    {
        if (p >= b || !(v.Is(p, "him") || v.Is(p, "her") || v.Is(p, "them") || v.Is(p, "us") || v.Is(p, "me") || v.Is(p, "it")
            || (v.IsCap(p) && !v.In(p, SpeakerWords.CapitalisedFunctionWords))))
        {
            return NounThenInfinitive(p, b);
        }

        var k = p + 1;
        while (k < Math.Min(b, p + 4) && v.IsCap(k))
        {
            k++;
        }

        return IsInfinitiveAt(k, b);
    }

    /// <summary>"expect prices to fall", "wants the council to act": a short lowercase noun phrase, then a to-infinitive.</summary>
    private bool NounThenInfinitive(int p, int b)
    {
        var k = p;
        if (PhraseScanner.IsDeterminer(v, k) && !v.Is(k, "to") && !v.Is(k, "of"))
        {
            k++;
        }

        var words = 0;
        while (k < b && words < 2 && v.IsWord(k) && !v.IsCap(k) && !v.Is(k, "to") && !v.In(k, SpeakerWords.LeftStops))
        {
            k++;
            words++;
        }

        return words > 0 && IsInfinitiveAt(k, b);
    }

    private bool IsInfinitiveAt(int k, int b)
    {
        return v.Is(k, "to") && k + 1 < b && v.IsWord(k + 1) && !v.IsCap(k + 1) && !PhraseScanner.IsDeterminer(v, k + 1);
    }

    private bool HasAsSaying(int p, int b)
    {
        for (var k = p; k < Math.Min(b, p + 10); k++)
        {
            if (v.Is(k, "saying") || v.Is(k, "indicating") || (v.Is(k, "who") && v.Is(k + 1, "said")))
            {
                return true;
            }
        }

        return false;
    }
}
