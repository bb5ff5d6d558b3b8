using System.Collections.Frozen;
using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution;

/// <summary>
/// The attribution frames, tried at each cue of a sentence:
/// <list type="bullet">
/// <item>cue after the content: "…," X said / "…," said X / …, the sources said according to Reuters;</item>
/// <item>cue before the content: X said (that) … / X said: "…" / X told Y that … / X wants to …;</item>
/// <item>participles after a comma: …, saying/adding that … (speaker = the sentence's subject);</item>
/// <item>"according to X, …" and "…, according to X";</item>
/// <item>passives without a source: "it was reported that …";</item>
/// <item>headline colons: "Local sources: …".</item>
/// </list>
/// </summary>
internal sealed class CueFrames(DocView v, List<QuoteSegment> segments)
{
    private static readonly System.Collections.Frozen.FrozenSet<string> TellVerbs = new[]
    {
        "tell", "inform", "assure", "warn", "urge", "ask", "brief", "remind", "advise", "caution", "implore", "beg", "encourage", "promise",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly System.Collections.Frozen.FrozenSet<string> ToInfinitive = new[]
    {
        "want", "hope", "plan", "expect", "intend", "seek", "aim", "promise", "pledge", "vow", "threaten", "urge", "ask", "refuse",
        "decline", "agree", "wish", "prefer", "call", "demand", "encourage", "appeal", "request", "beg", "implore", "advise",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly System.Collections.Frozen.FrozenSet<string> BeForms = new[]
    {
        "is", "was", "were", "are", "been", "being", "be",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public void Find(int s, List<Draft> into)
    {
        var a = v.SentenceStart[s];
        var b = v.SentenceEnd[s];
        Span<char> buffer = stackalloc char[40];
        var before = into.Count;
        ColonHeadline(s, a, b, into);
        DashQuote(s, a, b, into);
        for (var i = a; i < b; i++)
        {
            if (!v.IsWord(i))
            {
                continue;
            }

            if (v.Is(i, "according") && v.Is(i + 1, "to"))
            {
                AccordingTo(s, a, b, i, into);
                i++;
                continue;
            }

            if (v.IsCap(i) || !CueLexicon.TryGet(PhraseScanner.Lower(v, i, buffer), out var lemma, out var kind))
            {
                continue; // reporting verbs are lowercase: "The Washington Post", "United States" are names
            }

            if (CueLexicon.NeedsFor.Contains(lemma) && !ForWithin(i + 1, Math.Min(b, i + 10)))
            {
                continue;
            }

            if (InsideQuotation(i))
            {
                continue; // "we hope …" inside a quotation is the speaker's words, not the article's attribution
            }

            if (lemma == "add" && !(v.Is(i + 1, "that") || v.IsPunctuation(i + 1) || i + 1 >= b || v.In(i + 1, SpeakerWords.RightStops) || PhraseScanner.IsTimeWord(v, i + 1)))
            {
                continue; // "add fuel to", "added two seats": only "added (that) …" and "…, he added" report speech
            }

            var cueEnd = i;
            var strictSubject = false;
            if (CueLexicon.NeedsParticle.TryGetValue(lemma, out var particles))
            {
                var ok = false;
                foreach (var p in particles)
                {
                    if (v.Is(i + 1, p))
                    {
                        ok = true;
                        break;
                    }
                }

                if (ok)
                {
                    cueEnd = i + 1;
                }
                else if (lemma == "call" && !v.IsPunctuation(i + 1) && (!v.IsCap(i + 1) || QuoteMarkWithin(i + 1, Math.Min(b, i + 10))))
                {
                    strictSubject = true; // "she called the deal 'a disaster'", not "a group called X"
                }
                else
                {
                    continue;
                }
            }

            if (i > a && (PhraseScanner.IsDeterminer(v, i - 1) || v.Is(i - 1, "to") || EndsPossessive(i - 1)) && !v.Is(i - 1, "that"))
            {
                continue; // "the report", "his plans", "Obama's remarks", "to say": not a reporting verb here
            }

            if (IsPassiveParticiple(i, a) && !v.Is(i - 2, "it") && !v.Is(i - 3, "it"))
            {
                continue; // "was told", "were warned": the subject is the addressee
            }

            if (CueLexicon.NounLike.Contains(v.W(i).ToString().ToLowerInvariant()) || strictSubject)
            {
                var clearVerb = (v.Is(cueEnd + 1, "that") || v.Is(cueEnd + 1, "to")) && i > a && v.IsWord(i - 1);
                if ((!clearVerb && !SpeakingSubjectBefore(i, a)) || (v.IsPunctuation(cueEnd + 1) && !v.IsQuoteMark(cueEnd + 1) && !v.IsPunct(cueEnd + 1, ':')))
                {
                    continue;
                }
            }

            if (TryPassive(s, a, b, i, cueEnd, into)
                || TryPostposed(s, a, b, i, cueEnd, lemma, kind, into)
                || TryParticiple(s, a, b, i, cueEnd, lemma, kind, into, before)
                || TryPreposed(s, a, b, i, cueEnd, lemma, kind, into))
            {
                i = cueEnd;
            }
        }
    }

    /// <summary>
    /// Nominal cues: "questions about X", "her criticism of X", "calls for X". Content runs from the
    /// preposition to the next comma or the sentence end; the source is a possessive before the noun or
    /// the subject of the verb that governs it ("X raised concerns about"), else absent.
    /// </summary>
    public void FindNominal(int s, List<Draft> into)
    {
        var a = v.SentenceStart[s];
        var b = v.SentenceEnd[s];
        Span<char> buffer = stackalloc char[40];
        for (var i = a; i < b; i++)
        {
            if (!v.IsWord(i) || v.IsCap(i) || !CueLexicon.NominalCues.Contains(PhraseScanner.Lower(v, i, buffer).ToString()) || InsideQuotation(i))
            {
                continue;
            }

            var prep = i + 1;
            if (!v.IsWord(prep) || !CueLexicon.NominalPrepositions.Contains(PhraseScanner.Lower(v, prep, buffer).ToString()))
            {
                continue;
            }

            var start = prep + 1;
            var end = start;
            while (end < b && !v.IsPunct(end, ',') && !v.IsPunct(end, ';') && !v.IsPunct(end, '.') && !v.IsPunct(end, ':'))
            {
                end++;
            }

            var last = end - 1;
            while (last >= start && !v.IsWord(last) && !v.IsQuoteMark(last))
            {
                last--;
            }

            if (last < start || v.CountWords(v.Span(start, last)) < 2 || Covered(into, v.Span(start, last)))
            {
                continue;
            }

            TextSpan? speaker = null;
            var before = i - 1;
            while (before >= a && (PhraseScanner.IsAdverb(v, before) || (v.IsWord(before) && !v.IsCap(before) && v.W(before).Length > 2
                && !v.In(before, SpeakerWords.LeftStops) && !PhraseScanner.IsDeterminer(v, before) && !EndsPossessive(before) && !IsGovernor(before))))
            {
                before--; // adjectives: "serious questions", "renewed calls"
            }

            if (before >= a && (EndsPossessive(before) || v.Is(before, "his") || v.Is(before, "her") || v.Is(before, "their") || v.Is(before, "its")))
            {
                speaker = EndsPossessive(before) ? PhraseScanner.Left(v, before, a) : v.Span(before, before);
            }
            else if (before >= a && IsGovernor(before))
            {
                var vg = PhraseScanner.SkipVerbPrefix(v, before - 1, a);
                speaker = vg >= a ? PhraseScanner.Left(v, vg, a) : null;
            }

            into.Add(new Draft
            {
                Content = v.Span(start, last), Direct = false, Cue = v.Span(i, prep), SpeakerSpan = speaker, Sentence = s, Confidence = 0.5, Kind = CueKind.Mind,
            });
        }
    }

    private static readonly FrozenSet<string> Governors = new[]
    {
        "raised", "raise", "raises", "expressed", "express", "expresses", "voiced", "voice", "voices", "renewed", "renew", "repeated",
        "reiterated", "made", "make", "makes", "issued", "issue", "issues", "shared", "share", "dismissed", "rejected", "echoed",
        "has", "have", "had", "fueled", "fuelled", "sparked", "prompted", "drew", "drawn", "faced", "faces", "face", "amid",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private bool IsGovernor(int k) => v.In(k, Governors);

    private static bool Covered(List<Draft> drafts, TextSpan span)
    {
        foreach (var d in drafts)
        {
            if (d.Content.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    private bool TryPassive(int s, int a, int b, int i, int cueEnd, List<Draft> into)
    {
        // "It was reported that …", "it is believed that …": an attribution whose source is not in the text.
        if (i - 2 < a || !v.In(i - 1, BeForms))
        {
            return false;
        }

        var it = v.Is(i - 2, "it") || (v.Is(i - 2, "has") && v.Is(i - 3, "it")) || (v.Is(i - 2, "been") && v.Is(i - 4, "it"));
        if (!it || !v.Is(cueEnd + 1, "that"))
        {
            return false;
        }

        var content = RightContent(cueEnd + 2, b);
        if (content is null)
        {
            return false;
        }

        into.Add(new Draft { Content = content.Value.Span, Direct = content.Value.Direct, Cue = v.Span(i, cueEnd), Sentence = s, Confidence = 0.6, Kind = CueKind.Report });
        return true;
    }

    private bool TryPostposed(int s, int a, int b, int i, int cueEnd, string lemma, CueKind kind, List<Draft> into)
    {
        if (kind == CueKind.Mind && lemma is not ("believe" or "think" or "fear" or "hope" or "expect"))
        {
            return false; // "…, X wants" is not a frame; "…, X believes" is
        }

        TextSpan? speaker;
        int cluster;
        var vg0 = PhraseScanner.SkipVerbPrefix(v, i - 1, a);
        var trailFrom = cueEnd + 1;
        TextSpan? recipient = null;
        if (v.IsPunct(vg0, ',') && Appositive(vg0, a) is { } appositive && IsClusterEnd(v.TokenAt(appositive.Start) - 1))
        {
            // "…," Senate leader Mitch McConnell, R-Ky., said.
            speaker = appositive;
            cluster = v.TokenAt(appositive.Start) - 1;
        }
        else if (IsClusterEnd(vg0))
        {
            // Inverted: "…," said X / …, added the spokesman.
            cluster = vg0;
            if (v.IsPunct(vg0, ',') && Appositive(vg0, a) is { } lead && v.TokenAt(lead.Start) <= FirstWord(a, b))
            {
                return false; // "Jane Roe, a lawyer, said …": the sentence opens with the speaker
            }

            var np = PhraseScanner.Right(v, cueEnd + 1, b);
            if (np is null || v.CountWords(np.Value) > 10 || HasFiniteVerb(np.Value))
            {
                return false;
            }

            speaker = np;
            trailFrom = v.TokenAt(np.Value.End);
        }
        else
        {
            speaker = PhraseScanner.Left(v, vg0, a);
            if (speaker is null)
            {
                return false;
            }

            cluster = v.TokenAt(speaker.Value.Start) - 1;
            if (!IsClusterEnd(cluster))
            {
                return false;
            }

            if (TellVerbs.Contains(lemma) || lemma == "say")
            {
                recipient = ObjectPhrase(cueEnd + 1, b, lemma, out trailFrom);
            }
        }

        if (!IsTrail(trailFrom, b))
        {
            return false;
        }

        var clusterStart = ClusterStart(cluster, a);
        var content = LeftContent(s, a, clusterStart, cluster);
        if (content is null)
        {
            return false;
        }

        var cue = v.Span(i, cueEnd);
        into.Add(new Draft
        {
            Content = content.Value.Span, Direct = content.Value.Direct, Cue = cue, SpeakerSpan = speaker, Sentence = s,
            Confidence = content.Value.Direct ? 0.9 : 0.75, Kind = kind, Recipient = recipient, Frames = true,
        });

        // An interrupted quote: "…," Ryder said, "…" — the second part shares the cue and the speaker.
        var after = SkipAdjuncts(trailFrom, b);
        if ((v.IsPunct(after, ',') || v.IsPunct(after, ':')) && v.IsQuoteMark(after + 1) && SegmentOpeningAt(after + 1) is { } second)
        {
            into.Add(new Draft
            {
                Content = second.Content, Direct = true, Cue = cue, SpeakerSpan = speaker, Sentence = s, Confidence = 0.9, Kind = kind,
                Recipient = recipient,
            });
        }

        return true;
    }

    private bool TryParticiple(int s, int a, int b, int i, int cueEnd, string lemma, CueKind kind, List<Draft> into, int sentenceFirstDraft)
    {
        // "…, saying that …": the speaker is the subject of the sentence.
        if (kind != CueKind.Speech || !v.W(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || i - 1 < a || !(v.IsPunct(i - 1, ',') || v.Is(i - 1, "and") || v.Is(i - 1, "while")))
        {
            return false;
        }

        if (lemma is "cite" or "quote" && HasAsSaying(cueEnd + 1, b))
        {
            return false; // "citing sources as saying …": the cue is "saying"; "citing" builds the chain
        }

        TextSpan? speaker = into.Count > sentenceFirstDraft ? into[^1].SpeakerSpan : SubjectOf(a, i);
        if (speaker is null)
        {
            return false;
        }

        var p = cueEnd + 1;
        if (TellVerbs.Contains(lemma))
        {
            ObjectPhrase(p, b, lemma, out p);
        }

        var content = RightContent(p, b);
        if (content is null)
        {
            return false;
        }

        into.Add(new Draft
        {
            Content = content.Value.Span, Direct = content.Value.Direct, Cue = v.Span(i, cueEnd), SpeakerSpan = speaker, Sentence = s,
            Confidence = 0.7, Kind = kind,
        });
        return true;
    }

    private bool TryPreposed(int s, int a, int b, int i, int cueEnd, string lemma, CueKind kind, List<Draft> into)
    {
        var vg0 = PhraseScanner.SkipVerbPrefix(v, i - 1, a);
        TextSpan? speaker;
        if (vg0 >= a && v.Is(vg0, "as") && v.Is(i, "saying"))
        {
            speaker = PhraseScanner.Left(v, vg0 - 1, a); // "citing officials as saying …"
        }
        else if (vg0 >= a && (v.Is(vg0, "who") || v.Is(vg0, "which")))
        {
            var k = vg0 - 1;
            if (v.IsPunct(k, ','))
            {
                k--;
            }

            speaker = PhraseScanner.Left(v, k, a);
        }
        else if (vg0 >= a && v.IsPunct(vg0, ','))
        {
            speaker = Appositive(vg0, a);
        }
        else
        {
            speaker = vg0 >= a ? PhraseScanner.Left(v, vg0, a) : null;
        }

        if (speaker is null)
        {
            return false;
        }

        var p = cueEnd + 1;
        TextSpan? recipient = null;
        if (TellVerbs.Contains(lemma) || lemma == "say")
        {
            recipient = ObjectPhrase(p, b, lemma, out p);
        }

        p = SkipToComplement(p, b);
        if (kind == CueKind.Mind && !(v.Is(p, "that") || v.Is(p, "to") || v.IsQuoteMark(p)) && lemma is not ("want" or "support" or "oppose" or "favor" or "favour" or "see" or "view"))
        {
            // Bare "believe" + noun phrase ("believe him") is not a belief report; keep "that"/"to" frames.
            if (!LooksLikeClause(p, b))
            {
                return false;
            }
        }

        if (v.Is(p, "to") && !ToInfinitive.Contains(lemma) && kind != CueKind.Mind)
        {
            return false; // "said to be", "added to the list"
        }

        var content = RightContent(p, b);
        if (content is null)
        {
            return false;
        }

        var cue = v.Span(i, cueEnd);
        into.Add(new Draft
        {
            Content = content.Value.Span, Direct = content.Value.Direct, Cue = cue, SpeakerSpan = speaker, Sentence = s,
            Confidence = content.Value.Direct ? 0.85 : kind == CueKind.Speech ? 0.75 : 0.6, Kind = kind, Recipient = recipient,
        });
        return true;
    }

    private void AccordingTo(int s, int a, int b, int i, List<Draft> into)
    {
        var np = PhraseScanner.Right(v, i + 2, b);
        if (np is null)
        {
            return;
        }

        var before = i - 1;
        while (before >= a && v.IsPunct(before, ','))
        {
            before--;
        }

        Span<char> buffer = stackalloc char[40];
        if (before >= a && !v.IsCap(before) && CueLexicon.TryGet(PhraseScanner.Lower(v, before, buffer), out _, out _))
        {
            return; // "…, the sources said according to Reuters": a source chain, not a second speaker
        }

        var npEnd = v.TokenAt(np.Value.End);
        var cue = v.Span(i, i + 1);
        var leadIn = i == a || (i == a + 1 && v.IsWord(a)) || (i > a && v.IsPunct(i - 1, ',') && i - 1 == a + 1);
        (TextSpan Span, bool Direct)? content;
        if (leadIn && v.IsPunct(npEnd, ','))
        {
            content = RightContent(npEnd + 1, b);
        }
        else
        {
            var end = i - 1;
            if (v.IsPunct(end, ','))
            {
                end--;
            }

            content = end >= a ? LeftContent(s, a, end + 1, end) : null;
        }

        if (content is null)
        {
            return;
        }

        into.Add(new Draft
        {
            Content = content.Value.Span, Direct = content.Value.Direct, Cue = cue, SpeakerSpan = np, Sentence = s, Confidence = 0.8, Kind = CueKind.Speech,
            Frames = true,
        });
    }

    private void ColonHeadline(int s, int a, int b, List<Draft> into)
    {
        // "Local sources in Aleppo: …", "Israeli media: …" — a speaker phrase, a colon, the content.
        for (var c = a + 1; c < Math.Min(b, a + 8); c++)
        {
            if (!v.IsPunct(c, ':'))
            {
                continue;
            }

            var last = c - 1;
            if (!(v.IsCap(last) && !v.In(last, SpeakerWords.CapitalisedFunctionWords)) && !v.In(last, SpeakerWords.SourceNouns))
            {
                return;
            }

            for (var k = a; k < c; k++)
            {
                if (v.IsWord(k) && !v.IsCap(k) && !v.In(k, SpeakerWords.SourceNouns) && !v.Is(k, "of") && !v.Is(k, "in"))
                {
                    return; // a clause before the colon, not a name
                }
            }

            var content = RightContent(c + 1, b);
            if (content is not null && v.CountWords(content.Value.Span) >= 3)
            {
                into.Add(new Draft
                {
                    Content = content.Value.Span, Direct = content.Value.Direct, Cue = v.Span(c, c), SpeakerSpan = v.Span(a, last), Sentence = s,
                    Confidence = 0.6, Kind = CueKind.Speech,
                });
            }

            return;
        }
    }

    /// <summary>The content left of a cue cluster: a quotation closing there, or the clause from the sentence start.</summary>
    private (TextSpan Span, bool Direct)? LeftContent(int s, int a, int clusterStart, int cluster)
    {
        var limit = v.Tokens[clusterStart].Span.Start;
        foreach (var seg in segments)
        {
            if (seg.CloseMark >= 0 && seg.CloseMark >= limit - 1 && seg.CloseMark <= v.Tokens[cluster].Span.End && seg.Content.End <= limit + 1)
            {
                return (seg.Content, true);
            }
        }

        var sentenceStart = v.Sentences[s].Span.Start;
        foreach (var seg in segments)
        {
            if (!seg.Closed && seg.Content.Start < limit && seg.Content.End >= limit)
            {
                return TrimEnd(new TextSpan(Math.Max(seg.Content.Start, seg.Content.Start), limit), true);
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

        _ = sentenceStart;
        return TrimEnd(span, direct);
    }

    /// <summary>The content right of a cue from token <paramref name="p"/>: a quotation opening there, or the rest of the sentence.</summary>
    private (TextSpan Span, bool Direct)? RightContent(int p, int b)
    {
        if (v.Is(p, "that"))
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

    private (TextSpan Span, bool Direct)? TrimEnd(TextSpan span, bool direct)
    {
        var end = span.End;
        while (end > span.Start && (char.IsWhiteSpace(v.Text[end - 1]) || v.Text[end - 1] is ',' or ';' or '-' or '\u2014' or '\u2013'
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

    private bool InsideQuotation(int t)
    {
        var span = v.Tokens[t].Span;
        foreach (var seg in segments)
        {
            if (seg.Opened && seg.Closed && seg.Content.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    private bool EndsPossessive(int t) =>
        v.IsWord(t) && (v.W(t).EndsWith("'s", StringComparison.Ordinal) || v.W(t).EndsWith("\u2019s", StringComparison.Ordinal));

    private bool IsPassiveParticiple(int i, int a)
    {
        var w = v.W(i);
        var participle = w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || v.Is(i, "told") || v.Is(i, "said") || v.Is(i, "written")
            || v.Is(i, "known") || v.Is(i, "shown") || v.Is(i, "thought") || v.Is(i, "found") || v.Is(i, "seen") || v.Is(i, "understood");
        var k = i - 1;
        while (k >= a && (PhraseScanner.IsAdverb(v, k) || v.Is(k, "not") || v.Is(k, "also") || v.Is(k, "widely") || v.Is(k, "often")))
        {
            k--;
        }

        return participle && k >= a && (v.In(k, BeForms) || v.Is(k, "get") || v.Is(k, "got"));
    }

    /// <summary>A subject that can speak right before a noun-like cue: pronoun, name, source noun, relative pronoun.</summary>
    private bool SpeakingSubjectBefore(int i, int a)
    {
        var k = PhraseScanner.SkipVerbPrefix(v, i - 1, a);
        if (k < a)
        {
            return false;
        }

        var auxiliary = k < i - 1;
        if (v.In(k, SpeakerWords.Pronouns) || v.Is(k, "who") || v.Is(k, "i"))
        {
            return true;
        }

        var plainForm = !v.W(i).EndsWith("s", StringComparison.Ordinal) && !v.W(i).EndsWith("ed", StringComparison.Ordinal) && !v.W(i).EndsWith("ing", StringComparison.Ordinal);
        var plural = v.IsWord(k) && v.W(k).EndsWith("s", StringComparison.Ordinal);
        if (plainForm && !auxiliary && !plural)
        {
            return false; // "the museum document", "the Sunshine state": a singular noun before a base form is a compound noun
        }

        return (v.IsCap(k) && !v.In(k, SpeakerWords.CapitalisedFunctionWords)) || v.In(k, SpeakerWords.SourceNouns);
    }

    private void DashQuote(int s, int a, int b, List<Draft> into)
    {
        // "“…” ― Jane Doe.": a quotation, a dash, a name (lists of voices).
        for (var k = a + 1; k < b; k++)
        {
            if ((v.IsPunct(k, '\u2015') || v.IsPunct(k, '\u2014')) && v.IsQuoteMark(k - 1) && v.IsCap(k + 1))
            {
                var close = v.Tokens[k - 1].Span.Start;
                foreach (var seg in segments)
                {
                    if (seg.CloseMark == close && PhraseScanner.Right(v, k + 1, b) is { } name)
                    {
                        into.Add(new Draft { Content = seg.Content, Direct = true, Cue = v.Span(k, k), SpeakerSpan = name, Sentence = s, Confidence = 0.7, Kind = CueKind.Speech });
                        return;
                    }
                }
            }
        }

        // "Jane Doe ― “…”": a name, a dash, a quotation.
        for (var k = a + 1; k < Math.Min(b, a + 8); k++)
        {
            if ((v.IsPunct(k, '\u2015') || v.IsPunct(k, '\u2014')) && v.IsQuoteMark(k + 1) && SegmentOpeningAt(k + 1) is { } seg && v.IsCap(k - 1))
            {
                var speaker = PhraseScanner.Left(v, k - 1, a);
                if (speaker is not null)
                {
                    into.Add(new Draft { Content = seg.Content, Direct = true, Cue = v.Span(k, k), SpeakerSpan = speaker, Sentence = s, Confidence = 0.7, Kind = CueKind.Speech });
                }

                return;
            }
        }
    }

    public QuoteSegment? SegmentOpeningAt(int token)
    {
        var pos = v.Tokens[token].Span.Start;
        foreach (var seg in segments)
        {
            if ((seg.OpenMark == pos || seg.OpenMark == pos + 1) && seg.Opened)
            {
                return seg;
            }
        }

        return null;
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
            if (v.IsPunct(k, ',') || v.IsPunct(k, ';'))
            {
                return true;
            }

            if (v.IsPunct(k, ':') || v.IsQuoteMark(k))
            {
                return false; // "… replied: “…”" introduces what follows
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

        var k = p;
        var words = 0;
        while (k < b && words < 8)
        {
            if (v.IsWord(k))
            {
                if (v.Is(k, "that") || (v.In(k, SpeakerWords.RightStops) && !v.IsCap(k) && !(v.Is(k, "of") && v.IsCap(k + 1))) || PhraseScanner.IsTimeWord(v, k))
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

        if (!v.Is(k, "that") && !v.IsPunct(k, ',') && !v.IsPunct(k, ':') && !v.IsPunct(k, '.') && !v.IsQuoteMark(k))
        {
            // No complementizer: keep only a capitalised addressee ("told MEE the talks …") or a pronoun.
            var capEnd = p;
            while (capEnd + 1 < b && (v.IsCap(capEnd + 1) || v.Is(capEnd + 1, "of")))
            {
                capEnd++;
            }

            if (v.IsCap(p) || v.Is(p, "him") || v.Is(p, "her") || v.Is(p, "them") || v.Is(p, "reporters") || v.Is(p, "journalists"))
            {
                after = capEnd + 1;
                return v.Span(p, capEnd);
            }

            return null;
        }

        after = k;
        return v.Span(p, end);
    }

    /// <summary>Skips time and place adjuncts before a complementizer ("said on 10 January that").</summary>
    private int SkipToComplement(int p, int b)
    {
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

            if (v.IsPunct(k, ',') && k > p)
            {
                return k + 1; // "said on Monday, the talks …"
            }
        }

        return p;
    }

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

        var head = PhraseScanner.Left(v, prevComma - 1, a);
        return head is null ? null : new TextSpan(head.Value.Start, v.Tokens[comma - 1].Span.End);
    }

    /// <summary>The subject at the start of the sentence (for participles): a name run or a short noun phrase.</summary>
    private TextSpan? SubjectOf(int a, int limit)
    {
        var start = a;
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
                || v.W(k).EndsWith("ed", StringComparison.Ordinal) || v.W(k).EndsWith("s", StringComparison.Ordinal) && !v.IsCap(end)))
            {
                break;
            }

            end = k;
        }

        if (!v.IsWord(start) || !PhraseScanner.CanNameSpeaker(v, start, end) || v.In(start, SpeakerWords.CapitalisedFunctionWords) && !v.Is(start, "the") && !v.In(start, SpeakerWords.Pronouns))
        {
            return null;
        }

        return v.Span(start, end);
    }
}
