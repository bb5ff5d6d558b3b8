using System.Collections.Frozen;
using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution;

/// <summary>Finding the content, the cue cluster and the addressee around a cue.</summary>
internal sealed partial class CueFrames
{
    public QuoteSegment? SegmentOpeningAt(int token)
    {
        // The first opened quotation (in scan order) whose opening mark is at this token or one character into it.
        var pos = v.Tokens[token].Span.Start;
        var byOpen = ByOpenMark;
        var at = byOpen.TryGetValue(pos, out var i) ? i : int.MaxValue;
        var next = byOpen.TryGetValue(pos + 1, out var j) ? j : int.MaxValue;
        var first = Math.Min(at, next);
        return first == int.MaxValue ? null : segments[first];
    }

    /// <summary>Opening mark → index of the first opened quotation there, built once per document.</summary>
    private Dictionary<int, int> ByOpenMark => byOpenMark ??= BuildByOpenMark();

    private Dictionary<int, int>? byOpenMark;

    private Dictionary<int, int> BuildByOpenMark()
    {
        var map = new Dictionary<int, int>();
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i].Opened)
            {
                map.TryAdd(segments[i].OpenMark, i);
            }
        }

        return map;
    }

    /// <summary>A comma, a closing quotation mark, or both, right before a speaker phrase.</summary>
    private bool IsClusterEnd(int t)
    {
        if (t < 0)
        {
            return false;
        }

        if (v.IsPunct(t, ','))
        {
            return true;
        }

        if (!v.IsQuoteMark(t))
        {
            return false;
        }

        var k = t - 1;
        while (k >= 0 && v.IsQuoteMark(k))
        {
            k--; // two apostrophes as one mark
        }

        return k >= 0 && (v.IsPunct(k, ',') || v.IsPunct(k, '?') || v.IsPunct(k, '!') || v.IsPunct(k, '.') || v.IsWord(k));
    }

    private int ClusterStart(int cluster, int a)
    {
        var c = cluster;
        while (c - 1 >= a && (v.IsPunct(c - 1, ',') || v.IsQuoteMark(c - 1) || v.IsPunct(c - 1, '?') || v.IsPunct(c - 1, '!')))
        {
            c--;
        }

        return c;
    }

    /// <summary>After a postposed cue: nothing, or only adjuncts ("on Saturday", "in a statement", "according to Reuters").</summary>
    private bool IsTrail(int t, int b)
    {
        var words = 0;
        for (var k = t; k < b; k++)
        {
            if (v.IsPunct(k, ',') || v.IsPunct(k, ';') || (v.IsPunct(k, '(') && words == 0))
            {
                return true; // "…, said Mr. Burman (a view shared by …)": an aside in brackets closes the frame too
            }

            if (v.IsPunct(k, ':') || (v.IsQuoteMark(k) && words == 0))
            {
                return false; // "… replied: “…”" / "… said “…”" introduce what follows
            }

            if (v.IsWord(k))
            {
                if (words == 0 && !(v.In(k, SpeakerWords.RightStops) || PhraseScanner.IsTimeWord(v, k) || v.Is(k, "in") || v.Is(k, "of")))
                {
                    return false;
                }

                if (v.Is(k, "that"))
                {
                    return false;
                }

                words++;
                if (words > 14)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private int SkipAdjuncts(int t, int b)
    {
        while (t < b && !v.IsPunct(t, ',') && !v.IsPunct(t, ':') && !v.IsPunct(t, '.'))
        {
            t++;
        }

        return t;
    }

    /// <summary>"told Middle East Eye (that)", "told reporters": the addressee, up to the complement.</summary>
    private TextSpan? ObjectPhrase(int p, int b, string lemma, out int after)
    {
        after = p;
        if (p >= b || !v.IsWord(p) || v.Is(p, "that") || v.Is(p, "to") || PhraseScanner.IsTimeWord(v, p) || v.In(p, SpeakerWords.RightStops))
        {
            return null;
        }

        if (lemma == "say")
        {
            // "said Newsweek that …": only a capitalised name directly followed by "that" is an addressee of "say".
            var e = p;
            while (e + 1 < b && v.IsCap(e + 1))
            {
                e++;
            }

            if (v.IsCap(p) && v.Is(e + 1, "that") && MediaOutlets.Resolve(v.Span(p, e).Text(v.Text)) is not null)
            {
                after = e + 1;
                return v.Span(p, e);
            }

            return null;
        }

        if (ThatAfterTitle(p, b) is var that and > 0)
        {
            // "told MSNBC's “Morning Joe” on Friday that …": a programme title in quotation marks is part of the addressee.
            after = that;
            var last = that - 1;
            while (last > p && !v.IsWord(last))
            {
                last--;
            }

            return v.Span(p, last);
        }

        var k = p;
        var words = 0;
        while (k < b && words < 8)
        {
            if (v.IsWord(k))
            {
                if (v.Is(k, "that") || (v.In(k, SpeakerWords.RightStops) && !v.IsCap(k) && !(v.Is(k, "of") && v.IsCap(k + 1))) || PhraseScanner.IsTimeWord(v, k)
                    || (k > p && OpensClauseAfterAddressee(k)))
                {
                    break;
                }

                words++;
            }
            else if (!(v.IsPunct(k, '(') || v.IsPunct(k, ')') || v.IsPunct(k, '-') || v.IsPunct(k, '\'') || v.IsPunct(k, '\u2019') || (v.IsPunct(k, '.') && k + 1 < b && v.IsWord(k + 1) && !v.IsCap(k + 1))))
            {
                break;
            }

            k++;
        }

        // "told Y he was …": without "that", an addressee is a name or a short noun phrase; the clause follows it.
        var end = k - 1;
        while (end >= p && !v.IsWord(end) && !v.IsPunct(end, ')'))
        {
            end--;
        }

        if (end < p)
        {
            return null;
        }

        if (k > p && k < b && OpensClauseAfterAddressee(k))
        {
            after = k; // "told the weekly newsletter it is clear …": a subject pronoun opens the clause after the addressee
            return v.Span(p, end);
        }

        if (!v.Is(k, "that") && !v.IsPunct(k, ',') && !v.IsPunct(k, ':') && !v.IsPunct(k, '.') && !v.IsQuoteMark(k))
        {
            // No complementizer: keep only a capitalised addressee ("told MEE the talks …") or a pronoun.
            var capEnd = p;
            while (capEnd + 1 < b && (v.IsCap(capEnd + 1) || v.Is(capEnd + 1, "of")))
            {
                capEnd++;
            }

            if (v.IsCap(p) || v.Is(p, "him") || v.Is(p, "her") || v.Is(p, "them") || v.Is(p, "me") || v.Is(p, "us") || v.Is(p, "reporters") || v.Is(p, "journalists"))
            {
                after = capEnd + 1;
                return v.Span(p, capEnd);
            }

            return null;
        }

        if (v.IsPunct(k, ',') && lemma != "tell" && !v.IsCap(p) && !v.In(p, ObjectPronouns))
        {
            return null; // "promised parks, schools and clinics": a common noun before a comma opens a list, not an addressee
        }

        after = k;
        return v.Span(p, end);
    }

    /// <summary>
    /// The "that" after an addressee made of capitalised words, possessives, quotation marks and a time
    /// adjunct ("MSNBC's “Morning Joe” on Friday that"), or -1.
    /// </summary>
    private int ThatAfterTitle(int p, int b)
    {
        var quoted = false;
        for (var k = p; k < Math.Min(b, p + 14); k++)
        {
            if (v.Is(k, "that"))
            {
                return quoted && k > p ? k : -1;
            }

            if (v.IsQuoteMark(k))
            {
                quoted = true;
            }
            else if (!(v.IsCap(k) || EndsPossessive(k) || v.IsPunct(k, '\u2019') || v.IsPunct(k, '\'') || PhraseScanner.IsTimeWord(v, k)
                || v.Is(k, "on") || v.Is(k, "s") || v.Is(k, "this") || v.Is(k, "last")))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Skips time and place adjuncts before a complementizer ("said on 10 January that").</summary>
    private int SkipToComplement(int p, int b)
    {
        if (p + 1 < b && (v.Is(p, "again") || v.Is(p, "once") || v.Is(p, "too")) && (v.In(p + 1, SpeakerWords.RightStops) || PhraseScanner.IsTimeWord(v, p + 1)))
        {
            p++; // "learned again during the debate that …"
        }

        if ((v.Is(p, "with") || v.Is(p, "to")) && p + 1 < b && !v.Is(p + 1, "that"))
        {
            // "agreed with the mayor that …", "conceded to reporters that …": the person addressed, then the clause.
            for (var k = p + 1; k < Math.Min(b, p + 9); k++)
            {
                if (v.IsPunctuation(k) && !v.IsPunct(k, '.') && !v.IsPunct(k, '-'))
                {
                    break;
                }

                if (v.Is(k, "that") && (OpensClause(k + 1, b) || v.Is(k + 1, "there")))
                {
                    return k;
                }
            }
        }

        if (v.IsPunct(p, ',') && !v.IsQuoteMark(p + 1))
        {
            // "cautioned, as did the campaign itself, that …": a parenthetical between the cue and its "that".
            for (var k = p + 1; k < Math.Min(b, p + 14); k++)
            {
                if (v.IsPunctuation(k) && !v.IsPunct(k, ','))
                {
                    break;
                }

                if (v.IsPunct(k, ','))
                {
                    if (k > p + 1 && v.Is(k + 1, "that"))
                    {
                        return k + 1;
                    }

                    break;
                }
            }
        }

        if (p >= b || !(v.In(p, SpeakerWords.RightStops) || PhraseScanner.IsTimeWord(v, p)) || v.Is(p, "that") || v.Is(p, "to"))
        {
            return p;
        }

        for (var k = p; k < Math.Min(b, p + 12); k++)
        {
            if (v.Is(k, "that") || v.IsPunct(k, ':') || (v.IsPunct(k, ',') && v.IsQuoteMark(k + 1)) || (v.IsQuoteMark(k) && k > p))
            {
                return k;
            }

            if (k > p && k - p <= 6 && (PhraseScanner.IsTimeWord(v, p) || v.Is(p, "after") || v.Is(p, "before") || v.Is(p, "during") || v.Is(p, "on")
                || v.Is(p, "in") || v.Is(p, "at") || v.Is(p, "last") || v.Is(p, "this") || v.Is(p, "earlier") || v.Is(p, "later")) && (v.Is(k, "to") || v.Is(k, "not") && v.Is(k + 1, "to"))
                && v.IsWord(k + 1) && !PhraseScanner.IsDeterminer(v, k + 1) && !v.IsCap(k + 1) && !v.In(k + 1, SpeakerWords.Pronouns))
            {
                return k; // "decided after a long debate not to raise the fee"
            }

            if (v.IsPunct(k, ',') && k > p)
            {
                // "said on Monday, the talks …"; a longer phrase before the comma ("complained about his mic …,") is the content itself,
                // and so is a topic ("talked about bringing communities together, Trump …").
                return k - p <= 4 && !v.Is(p, "about") ? k + 1 : p;
            }
        }

        return p;
    }

    /// <summary>
    /// "told the weekly newsletter it is clear …": a subject pronoun ends the addressee and opens the reported clause,
    /// unless it follows "anything"/"what" ("tell the board anything it doesn't know" is a relative clause).
    /// </summary>
    private bool OpensClauseAfterAddressee(int k) =>
        ((v.Is(k, "he") || v.Is(k, "she") || v.Is(k, "it") || v.Is(k, "they") || v.Is(k, "we") || v.Is(k, "i")) || DeterminedSubjectThenVerb(k))
        && !(v.Is(k - 1, "anything") || v.Is(k - 1, "everything") || v.Is(k - 1, "something") || v.Is(k - 1, "nothing") || v.Is(k - 1, "what") || v.Is(k - 1, "all"));

    /// <summary>"told reporters the fees were too high": "the" and a noun or two, then a finite "be" or a modal, open a clause.</summary>
    private bool DeterminedSubjectThenVerb(int k)
    {
        if (!v.Is(k, "the") || k < 1 || !v.IsWord(k - 1) || v.IsCap(k - 1))
        {
            return false; // after a capitalised addressee ("told MEE the talks …") the no-complementizer path already decides
        }

        for (var j = k + 1; j <= k + 3 && j < v.Tokens.Length && v.IsWord(j) && !v.IsCap(j); j++)
        {
            if (v.Is(j, "was") || v.Is(j, "were") || v.Is(j, "is") || v.Is(j, "are") || v.Is(j, "will") || v.Is(j, "would") || v.Is(j, "could")
                || v.Is(j, "had") || v.Is(j, "has") || v.Is(j, "have"))
            {
                return j > k + 1;
            }
        }

        return false;
    }

    /// <summary>"X, the former secretary, said": the name before the appositive plus the appositive.</summary>
    private TextSpan? Appositive(int comma, int a)
    {
        var prevComma = comma - 1;
        while (prevComma >= a && !v.IsPunct(prevComma, ','))
        {
            prevComma--;
        }

        if (prevComma < a || comma - prevComma > 30)
        {
            return null;
        }

        var headEnd = prevComma - 1;
        if (v.Is(prevComma + 1, "who") && v.Tokens[headEnd].Kind == TokenKind.Number && v.IsPunct(headEnd - 1, ','))
        {
            headEnd -= 2; // "Lind, 56, who has served …, told": the age before the relative clause
        }

        var head = PhraseScanner.Left(v, headEnd, a);
        if (head is null)
        {
            // "Johnnie Wilson, of Springfield, Va., said": a home town after the name; the head is before "of".
            var of = prevComma - 1;
            while (of > a && v.IsWord(of) && !v.Is(of, "of"))
            {
                of--;
            }

            if (of - 2 >= a && v.Is(of, "of") && v.IsPunct(of - 1, ','))
            {
                head = PhraseScanner.Left(v, of - 2, a);
            }
        }

        if (head is { } h && comma - prevComma == 2 && v.In(prevComma + 1, Connectives))
        {
            // "The mayor, however, said": a connective between the commas is no appositive; "… once more, however, targeting": no subject at all.
            var headWord = v.TokenAt(h.Start);
            return headWord == v.TokenAt(h.End) - 1 && !v.IsCap(headWord) && (PhraseScanner.IsAdverb(v, headWord) || v.In(headWord, SpeakerWords.VerbPrefix)
                || v.Is(headWord, "more") || v.Is(headWord, "ago")) ? null : h;
        }

        return head is null ? null : new TextSpan(head.Value.Start, v.Tokens[comma - 1].Span.End);
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> Connectives = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["however", "meanwhile", "though", "therefore", "moreover", "nevertheless", "instead", "too", "also", "indeed", "still", "then"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The subject at the start of the sentence (for participles): a name run or a short noun phrase.</summary>
    private TextSpan? SubjectOf(int a, int limit)
    {
        var start = SkipOpeningAdjunct(a, limit);
        if (start < limit && v.IsQuoteMark(start) && SegmentOpeningAt(start) is { Closed: true } quoted && quoted.CloseMark >= 0)
        {
            start = v.TokenAt(quoted.CloseMark + 1); // "“…,” Blige sings before asking …": the subject follows the opening quotation
        }

        while (start < limit && !v.IsWord(start))
        {
            start++;
        }

        var end = start;
        while (end + 1 < limit && end - start < 6)
        {
            var k = end + 1;
            if (!v.IsWord(k) && !v.IsPunct(k, '-') && !v.IsPunct(k, '.') && !v.IsPunct(k, '\u2019') && !v.IsPunct(k, '\''))
            {
                break;
            }

            if (v.IsWord(k) && !v.IsCap(k) && (v.In(k, SpeakerWords.VerbPrefix) || v.In(k, SpeakerWords.LeftStops) || CueLexicon.TryGet(v.W(k).ToString().ToLowerInvariant(), out _, out _)
                || v.W(k).EndsWith("ed", StringComparison.Ordinal) || PhraseScanner.IsIrregularPast(v, k)
                || v.W(k).EndsWith("s", StringComparison.Ordinal) && !v.IsCap(end) && !v.Is(end, "of"))) // "A group of doctors": a plural after "of" is a noun
            {
                break;
            }

            end = k;
        }

        // "Mr." and "Dr." open names although they are listed with the capitalised function words.
        if (!v.IsWord(start) || !PhraseScanner.CanNameSpeaker(v, start, end)
            || v.In(start, SpeakerWords.CapitalisedFunctionWords) && !v.Is(start, "the") && !((v.Is(start, "a") || v.Is(start, "an")) && end > start)
                && !v.In(start, SpeakerWords.Pronouns) && !(v.In(start, SpeakerWords.Titles) && end > start))
        {
            return null;
        }

        return v.Span(start, end);
    }

    /// <summary>The content left of a cue cluster: a quotation closing there, or the clause from the sentence start.</summary>
    private (TextSpan Span, bool Direct)? LeftContent(int s, int a, int clusterStart, int cluster)
    {
        var limit = v.Tokens[clusterStart].Span.Start;
        foreach (var seg in segments)
        {
            // "…against the pills you called ‘miracles,’” she said": a quotation nested at the end closes inside the cluster too.
            if (seg.CloseMark >= 0 && seg.CloseMark >= limit - 1 && seg.CloseMark <= v.Tokens[cluster].Span.End && seg.Content.Start < limit
                && (seg.Content.End <= limit + 1 || NestedCloseAt(seg.Content.End - 1)))
            {
                return (seg.Content, true);
            }
        }

        foreach (var seg in segments)
        {
            if (!seg.Closed && seg.Content.Start < limit && seg.Content.End >= limit)
            {
                return TrimEnd(new TextSpan(seg.Content.Start, limit), true);
            }
        }

        var start = a;
        while (start < clusterStart && !v.IsWord(start))
        {
            start++;
        }

        if (start >= clusterStart)
        {
            return null;
        }

        var span = new TextSpan(v.Tokens[start].Span.Start, limit);
        if (v.CountWords(span) < 2)
        {
            return null;
        }

        var direct = false;
        foreach (var seg in segments)
        {
            if (span.Overlaps(seg.Content))
            {
                direct = true;
                break;
            }
        }

        return TrimEnd(span, direct);
    }

    /// <summary>"flouts that treaty.": "that" before a lone noun and the end of the phrase points at the noun; it opens no clause.</summary>
    private bool DemonstrativeThat(int p, int b) =>
        v.IsWord(p + 1) && !v.IsCap(p + 1) && !v.In(p + 1, SpeakerWords.Pronouns) && !PhraseScanner.IsDeterminer(v, p + 1)
        && (p + 2 >= b || (v.IsPunctuation(p + 2) && !v.IsQuoteMark(p + 2)) || v.In(p + 2, DemonstrativeFollowers));

    private static readonly FrozenSet<string> DemonstrativeFollowers = new[] { "and", "or", "but", "of", "in", "on", "for", "with", "at" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private bool NestedCloseAt(int pos) => pos >= 0 && v.Text[pos] is '\u2019' or '\'' && pos - 1 >= 0 && v.Text[pos - 1] is ',' or '.';

    /// <summary>The content right of a cue from token <paramref name="p"/>: a quotation opening there, or the rest of the sentence.</summary>
    private (TextSpan Span, bool Direct)? RightContent(int p, int b)
    {
        if (v.Is(p, "that") && !DemonstrativeThat(p, b))
        {
            p++;
        }

        if (v.IsPunct(p, ':') || (v.IsPunct(p, ',') && v.IsQuoteMark(p + 1)))
        {
            p++;
        }

        if (p >= b)
        {
            return null;
        }

        if (v.IsQuoteMark(p) && SegmentOpeningAt(p) is { } seg)
        {
            return (seg.Content, true);
        }

        var last = b - 1;
        for (var k = p + 1; k < b; k++)
        {
            if (v.IsPunct(k, ';') && !InsideQuotation(k))
            {
                last = k - 1; // "said the delay was not deliberate; they learned of it on Friday": the next clause is the writer's
                break;
            }
        }

        if (DashBefore(p) && !InsideQuotation(p))
        {
            for (var k = p + 1; k <= last; k++)
            {
                if (v.IsDash(k))
                {
                    last = k - 1; // "— even as he says his experience qualifies him —": the aside ends at its closing dash
                    break;
                }
            }
        }

        while (last >= p && !v.IsWord(last))
        {
            last--;
        }

        if (last < p)
        {
            return null;
        }

        var span = v.Span(p, last);
        var direct = false;
        foreach (var q in segments)
        {
            if (q.Content.Overlaps(span) && q.Content.Start >= span.Start - 1)
            {
                direct = true;
                if (q.Content.End > span.End)
                {
                    span = new TextSpan(span.Start, q.Content.End); // a quotation running on past this sentence
                }
            }
        }

        return v.CountWords(span) >= 2 ? (span, direct) : null;
    }

    /// <summary>A dash opening an aside a few words before token <paramref name="p"/> (the cue stands inside it).</summary>
    private bool DashBefore(int p)
    {
        for (var k = p - 1; k >= 0 && k >= p - 8; k--)
        {
            if (v.IsDash(k))
            {
                return k > 0 && v.IsWord(k - 1);
            }

            if (v.IsPunct(k, '.') || v.IsQuoteMark(k) || v.IsPunct(k, ',') || v.IsPunct(k, ';') || v.IsPunct(k, ':'))
            {
                return false;
            }
        }

        return false;
    }

    private (TextSpan Span, bool Direct)? TrimEnd(TextSpan span, bool direct)
    {
        var end = span.End;
        while (end > span.Start && (char.IsWhiteSpace(v.Text[end - 1]) || v.Text[end - 1] is ',' or ';' or '-' or '\u2014' or '\u2013' or '\u2015'
            || QuoteScanner.IsQuoteChar(v.Text[end - 1])))
        {
            end--;
        }

        var start = span.Start;
        while (start < end && (char.IsWhiteSpace(v.Text[start]) || QuoteScanner.IsQuoteChar(v.Text[start])))
        {
            start++;
        }

        return end - start >= 3 ? (new TextSpan(start, end), direct) : null;
    }

    /// <summary>
    /// "demands accountability from the president, yet refuses to release …": a second predicate of the speaker after
    /// an object or an infinitive (no verb of its own before the comma) is no part of the content; "declined to name the
    /// buyers, apart from saying …": nor is what the speaker did besides.
    /// </summary>
    private TextSpan OwnPredicateCut(TextSpan content)
    {
        var first = v.TokenAt(content.Start);
        var complement = v.Is(first - 1, "that") || v.In(first, AdjunctOpeners); // "shows that in a close contest, Lind leads …"
        // Whether a verb of its own stands between the content start and token k (kept up to date as k moves, not rescanned).
        var verbBefore = IsFiniteOrPast(first);
        for (var k = first + 2; k < v.Tokens.Length && v.Tokens[k].Span.End <= content.End; k++)
        {
            verbBefore |= IsFiniteOrPast(k - 1);
            var objectBefore = v.Is(first, "to") || !verbBefore;
            if (v.Is(k, "and") && !v.IsPunct(k - 1, ',') && k - 1 > first && v.IsWord(k + 1) && !v.IsCap(k + 1) && v.IsWord(k + 2) && !InsideQuotation(k)
                && (v.W(k + 1).EndsWith("ed", StringComparison.Ordinal) || PhraseScanner.IsIrregularPast(v, k + 1)) && !PhraseScanner.IsDeterminer(v, k - 1)
                && objectBefore && (PhraseScanner.IsDeterminer(v, k + 2) || v.Is(k + 2, "to") || v.In(k + 2, ObjectPronouns) || v.In(k + 2, AdjunctOpeners)))
            {
                // "promised a veto and attempted to make the case …", "asked about her emails and decided against …": a second act of the subject.
                return CutBefore(content, k);
            }

            // "lower taxes and “jobs, jobs, jobs,” but he has also …": a comma kept inside the closing quotation mark ends the clause too.
            var closingComma = v.IsQuoteMark(k) && v.IsPunct(k - 1, ',') && !InsideQuotation(k + 1) && k + 1 < v.Tokens.Length && v.IsWord(k + 1);
            if (!closingComma && (!v.IsPunct(k, ',') || InsideQuotation(k)))
            {
                continue;
            }

            if (ExceptionAfter(k + 1) && v.IsWord(k + 3) && v.W(k + 3).EndsWith("ing", StringComparison.Ordinal))
            {
                return CutBefore(content, k);
            }

            if (v.Is(k + 1, "saying") && (v.IsPunct(k + 2, ',') || v.Is(k + 2, "that")) && k - 1 > first)
            {
                // "a builder who said he was stiffed …, saying, “…”": the participle after the comma is the main clause's report.
                return CutBefore(content, k);
            }

            var predicate = PhraseScanner.IsAdverb(v, k + 2) || v.Is(k + 2, "also") || v.Is(k + 2, "then") ? k + 3 : k + 2; // "but also drew …"
            if ((v.Is(k + 1, "yet") || v.Is(k + 1, "but")) && CoordinatedPredicate(predicate) && objectBefore)
            {
                return CutBefore(content, k);
            }

            // "echo her concerns, in large part because …": the reason after an object is the writer's.
            var reason = v.Is(k + 1, "in") && (v.Is(k + 2, "part") || (v.Is(k + 2, "large") && v.Is(k + 3, "part"))) ? (v.Is(k + 2, "part") ? k + 3 : k + 4)
                : v.Is(k + 1, "partly") || v.Is(k + 1, "largely") || v.Is(k + 1, "mainly") ? k + 2 : k + 1;
            if (k - 1 > first && v.In(reason, ReasonSubordinators) && (objectBefore || v.In(reason, ConcessiveSubordinators)))
            {
                return CutBefore(content, k);
            }

            // "promising lower taxes and “jobs,” but he has also intensified …", "…, Clinton restricted comments …": after an
            // object, a clause with a subject of its own is the writer's next statement.
            var subject = v.Is(k + 1, "but") || v.Is(k + 1, "and") || v.Is(k + 1, "yet") ? k + 2 : k + 1;
            // "…, but her plan would require …", "…, his decision was overturned", "…, and attorneys for the family released …":
            // a noun phrase before a verb makes a subject too (right after the comma only before an auxiliary: ", his wife, said" is an appositive).
            var verb = subject + 1;
            if ((v.In(subject, SpeakerWords.PossessivePronouns) || v.Is(subject, "the")) && v.IsWord(subject + 1) && !v.IsCap(subject + 1)
                && (subject != k + 1 || v.In(subject + 2, Auxiliaries)))
            {
                verb = subject + 2;
            }
            else if (subject != k + 1 && v.IsWord(subject) && !v.IsCap(subject) && !v.In(subject, SpeakerWords.Pronouns) && !PhraseScanner.IsDeterminer(v, subject))
            {
                for (var j = subject + 1; j < Math.Min(v.Tokens.Length, subject + 5) && v.IsWord(j) && !v.IsCap(j); j++)
                {
                    if (v.W(j).EndsWith("ed", StringComparison.Ordinal) || PhraseScanner.IsIrregularPast(v, j) || v.In(j, Auxiliaries))
                    {
                        verb = j; // "and attorneys for the family released it"
                        break;
                    }
                }
            }

            if (objectBefore && !complement && k - 1 > first
                && (v.In(subject, SpeakerWords.Pronouns) && !v.Is(subject, "it") || (v.IsCap(subject) && !v.IsCap(subject + 1)) || verb > subject + 1)
                && v.IsWord(verb) && !v.IsCap(verb) && (LooksLikeVerb(verb) || v.In(verb, SpeakerWords.VerbPrefix)))
            {
                return CutBefore(content, k);
            }
        }

        return content;
    }

    /// <summary>Token <paramref name="k"/> is a verb by <see cref="HasFiniteVerb"/> or <see cref="HasFiniteVerbOrPast"/>.</summary>
    private bool IsFiniteOrPast(int k) => HasFiniteVerb(v.Tokens[k].Span) || HasFiniteVerbOrPast(k, k);

    /// <summary>"aside from", "apart from", "besides", "instead of", "in addition to" ending at <paramref name="k"/>.</summary>
    private bool BesidesPreposition(int k) =>
        (v.Is(k, "from") && (v.Is(k - 1, "aside") || v.Is(k - 1, "apart"))) || v.Is(k, "besides") || (v.Is(k, "of") && v.Is(k - 1, "instead"))
        || (v.Is(k, "to") && v.Is(k - 1, "addition") && v.Is(k - 2, "in"));

    /// <summary>The content up to the last word before token <paramref name="k"/> (a closing mark or a comma left there is dropped).</summary>
    private TextSpan CutBefore(TextSpan content, int k)
    {
        if (v.IsQuoteMark(k) && v.IsPunct(k - 1, ',') && v.Tokens[k - 1].Span.End == v.Tokens[k].Span.Start && v.Tokens[k].Span.End <= content.End)
        {
            return new TextSpan(content.Start, v.Tokens[k].Span.End); // "… “jobs, jobs, jobs,”": the closing mark stays with its quotation
        }

        var last = k - 1;
        while (last > v.TokenAt(content.Start) && !v.IsWord(last))
        {
            last--;
        }

        return new TextSpan(content.Start, v.Tokens[last].Span.End);
    }

    /// <summary>"aside from", "apart from", "except for", "other than" at <paramref name="k"/>.</summary>
    private bool ExceptionAfter(int k) =>
        ((v.Is(k, "aside") || v.Is(k, "apart")) && v.Is(k + 1, "from")) || (v.Is(k, "except") && v.Is(k + 1, "for")) || (v.Is(k, "other") && v.Is(k + 1, "than"));

    private static readonly FrozenSet<string> ConcessiveSubordinators = new[] { "although", "though", "whereas" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ReasonSubordinators = new[] { "because", "since", "although", "though", "whereas" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A lowercase finite verb opening a predicate with no subject of its own ("yet refuses to", "but has not").</summary>
    private bool CoordinatedPredicate(int k)
    {
        if (!v.IsWord(k) || v.IsCap(k) || PhraseScanner.IsDeterminer(v, k) || v.In(k, SpeakerWords.Pronouns))
        {
            return false;
        }

        var w = v.W(k);
        return LooksLikeVerb(k) || (w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal)
            && (v.Is(k + 1, "to") || PhraseScanner.IsDeterminer(v, k + 1) || v.In(k + 1, ObjectPronouns)));
    }
}
