using System.Collections.Frozen;
using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution;

/// <summary>The frames around reporting verbs, "according to", colons and dashes.</summary>
internal sealed partial class CueFrames
{
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
        if ((kind == CueKind.Mind && lemma is not ("believe" or "think" or "fear" or "hope" or "expect" or "learn" or "understand")) || kind == CueKind.Action)
        {
            return false; // "…, X wants" is not a frame; "…, X believes" is
        }

        if (v.Is(cueEnd + 1, "that") || (v.Is(cueEnd + 1, "as") && v.Is(cueEnd + 2, "much")))
        {
            return false; // "the advertisement “unmistakably” suggests that …", "the boss indicated as much": the content follows the verb
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
            if (TellVerbs.Contains(lemma))
            {
                recipient = ObjectPhrase(cueEnd + 1, b, lemma, out trailFrom); // "…," Jane Roe, an economist, told me.
            }
        }
        else if (IsClusterEnd(vg0))
        {
            if (v.W(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || (kind == CueKind.Report && !(v.Is(i, "reported") && v.IsCap(cueEnd + 1))))
            {
                return false; // "…, promising to cut taxes", "…, shows Democrats ahead": participles and report verbs are never inverted ("…, said X", "…, reported Reuters" are)
            }

            // Inverted: "…," said X / …, added the spokesman.
            cluster = vg0;
            // …unless an indefinite speaker closes the sentence: "…, no change in the budget, said a senior official."
            var closingSpeaker = (v.Is(cueEnd + 1, "a") || v.Is(cueEnd + 1, "an")) && PhraseScanner.Right(v, cueEnd + 1, b) is { } closing
                && v.TokenAt(closing.End) >= b - 1;
            if (v.IsPunct(vg0, ',') && Appositive(vg0, a) is { } lead && v.TokenAt(lead.Start) <= FirstWord(a, b) && !closingSpeaker)
            {
                return false; // "Jane Roe, a lawyer, said …": the sentence opens with the speaker
            }

            var np = PhraseScanner.Right(v, cueEnd + 1, b);
            if (np is null || v.CountWords(np.Value) > 14 || HasFiniteVerb(np.Value) || v.In(v.TokenAt(np.Value.Start), PhrasePrepositions) || v.Is(v.TokenAt(np.Value.Start), "to")
                || v.In(v.TokenAt(np.Value.Start), OpeningSubordinators) || v.In(v.TokenAt(np.Value.Start), ObjectPronouns))
            {
                return false; // "…, shouted to the crowd", "…, said before he died", "…, called him a master": a prepositional phrase, a clause or an object is no speaker
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
            if (v.Is(cluster, "as") && IsClusterEnd(cluster - 1) && !ToInfinitive.Contains(lemma))
            {
                cluster--; // "…, as the mayor said on Monday": "as" joins the report to what precedes it
            }

            if (!IsClusterEnd(cluster) && v.In(cluster, PhrasePrepositions) && cluster - 1 >= a && PhraseScanner.Left(v, cluster - 1, a) is { } head
                && IsClusterEnd(v.TokenAt(head.Start) - 1))
            {
                // "“…?” a narrator in the campaign ad asks": a noun with its prepositional phrase between the quotation and the cue.
                speaker = new TextSpan(head.Start, speaker.Value.End);
                cluster = v.TokenAt(head.Start) - 1;
            }

            if (!IsClusterEnd(cluster))
            {
                return false;
            }

            if (TellVerbs.Contains(lemma) || lemma == "say")
            {
                recipient = ObjectPhrase(cueEnd + 1, b, lemma, out trailFrom);
            }
        }

        if ((v.Is(trailFrom, "on") || v.Is(trailFrom, "about")) && v.IsWord(trailFrom + 1) && v.W(trailFrom + 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return false; // "…, Lind will insist on being Lind": a gerund after the cue is its complement, not an adjunct
        }

        if (cluster < a && s > 0 && v.Paragraph(s - 1) != v.Paragraph(s))
        {
            return false; // "“…import.” ¶ McAuliffe has said …": a quotation closing the previous paragraph is not this cue's content
        }

        var clusterStart = ClusterStart(cluster, a);
        if (!IsTrail(trailFrom, b) && !(kind == CueKind.Speech && QuotationTrail(trailFrom, b) && QuotationClosesAt(clusterStart, cluster)))
        {
            return false;
        }

        if (ToInfinitive.Contains(lemma) && v.Is(trailFrom, "to") && v.IsWord(trailFrom + 1) && !PhraseScanner.IsDeterminer(v, trailFrom + 1))
        {
            return false; // "…, Sanders vows to end the breaks": the infinitive is the content, what precedes is not
        }

        var content = LeftContent(s, a, clusterStart, cluster);
        if (content is null || (!content.Value.Direct && IsAdjunctOnly(content.Value.Span)))
        {
            return false; // "In his speech, Graham urged …": an opening adjunct is not what was said
        }

        if (!content.Value.Direct && (v.IsPunct(trailFrom, ',') || v.IsPunct(trailFrom, ':')) && v.IsQuoteMark(trailFrom + 1) && SegmentOpeningAt(trailFrom + 1) is not null)
        {
            return false; // "…, and when pressed, the mother of three replied, “It is a start.”": the quotation after the cue is what was said
        }

        var cue = v.Span(i, cueEnd);
        into.Add(new Draft
        {
            Content = content.Value.Span, Direct = content.Value.Direct, Cue = cue, SpeakerSpan = speaker, Sentence = s,
            Confidence = content.Value.Direct ? 0.9 : 0.75, Kind = kind, Recipient = recipient, Frames = true,
        });

        // "Acts of protest, Mr. Obama said, are acts of patriotism": an indirect report interrupted by its cue goes on after it.
        if (!content.Value.Direct && ContinuationAfterCue(trailFrom, b) is { } rest)
        {
            into.Add(new Draft
            {
                Content = rest, Direct = false, Cue = cue, SpeakerSpan = speaker, Sentence = s, Confidence = 0.7, Kind = kind, Recipient = recipient,
            });
        }

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

    /// <summary>
    /// After "“…,” she said": any adjunct ("sarcastically", "then", "several months later", "at a news
    /// conference announcing …"), but not a complement that would be the content ("that …", "to …", a quotation, a colon).
    /// </summary>
    private bool QuotationTrail(int t, int b) =>
        t < b && !v.IsCap(t) && (PhraseScanner.IsAdverb(v, t) || v.In(t, QuotationTrailWords));

    private static readonly FrozenSet<string> QuotationTrailWords = new[]
    {
        "then", "again", "later", "afterward", "afterwards", "once", "at", "during", "while", "with", "without", "outside", "following",
        "inside", "near", "amid", "before", "after", "when", "from", "several", "two", "three", "days", "weeks", "months", "years", "in", "on",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A quotation whose closing mark ends the cue cluster ("“…,” she said").</summary>
    private bool QuotationClosesAt(int clusterStart, int cluster)
    {
        var limit = v.Tokens[clusterStart].Span.Start;
        foreach (var seg in segments)
        {
            if (seg.CloseMark >= 0 && seg.CloseMark >= limit - 1 && seg.CloseMark <= v.Tokens[cluster].Span.End && seg.Content.End <= limit + 1)
            {
                return true;
            }
        }

        return false;
    }

    private bool TryParticiple(int s, int a, int b, int i, int cueEnd, string lemma, CueKind kind, List<Draft> into, int sentenceFirstDraft)
    {
        // "…, saying that …": the speaker is the subject of the sentence.
        // "… by saying …", "After saying …, she …": a preposition before the participle works the same way.
        // "…, even suggesting …", "… a “strong leader,” comparing him …": an adverb after the comma, or the comma inside a closing quotation mark.
        var lead = i - 1;
        if (lead > a && (PhraseScanner.IsAdverb(v, lead) || v.Is(lead, "even") || v.Is(lead, "also") || v.Is(lead, "then") || v.Is(lead, "again"))
            && (v.IsPunct(lead - 1, ',') || v.IsQuoteMark(lead - 1)))
        {
            lead--;
        }

        var commaQuote = v.IsQuoteMark(lead) && lead - 1 > a && v.IsPunct(lead - 1, ',');
        if (i == FirstWord(a, b) && v.IsCap(i))
        {
            lead = i; // "Citing a conspiracy theory, Trump accused …": the participle opens the sentence
        }

        if (!v.W(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || lead < a
            || !(v.IsPunct(lead, ',') || commaQuote || v.Is(lead, "and") || v.Is(lead, "while") || v.Is(lead, "by") || v.Is(lead, "after") || v.Is(lead, "before") || v.Is(lead, "for") || v.Is(lead, "despite")
                || (v.Is(lead, "in") && lead == FirstWord(a, b)) || lead == i))
        {
            return false;
        }

        // "In defending himself, Trump offered …", "After saying …, she left": an opening participle clause; its subject follows the comma.
        if (lead == FirstWord(a, b) && (v.Is(lead, "in") || v.Is(lead, "by") || v.Is(lead, "after") || v.Is(lead, "before") || v.Is(lead, "while") || lead == i)
            && OpeningClauseComma(cueEnd + 1, Math.Min(b, cueEnd + 40), b) is var close and > 0 && (NameOrPronounAt(close + 1, b) ?? NameOrPronounAt(close + 2, b)) is { } mainSubject
            && close - 1 > cueEnd)
        {
            var opening = TrimEnd(v.Span(cueEnd + 1, close - 1), false);
            if (opening is { } o && v.CountWords(o.Span) >= 1)
            {
                into.Add(new Draft
                {
                    Content = o.Span, Direct = false, Cue = v.Span(i, cueEnd), SpeakerSpan = mainSubject, Sentence = s, Confidence = 0.6, Kind = kind,
                });
                return true;
            }
        }

        if (lemma is "cite" or "quote" && HasAsSaying(cueEnd + 1, b))
        {
            return false; // "citing sources as saying …": the cue is "saying"; "citing" builds the chain
        }

        // "gives credit to storytellers for speaking out", "praised her for saying": the object speaks, not the subject.
        var judgedObject = v.Is(lead, "for") && JudgementBefore(a, lead);
        if (judgedObject && (lead - 1 < a || PhraseScanner.Left(v, lead - 1, a) is null))
        {
            return false;
        }

        if (v.Is(lead, "for") && !judgedObject && !v.Is(lead - 1, "and") && !v.IsPunct(lead - 1, ','))
        {
            return false; // "the Senate's vote for admitting Poland", "a plan for cutting taxes": "for" belongs to the noun
        }

        // The subject of the sentence: the subject of the clause coordinated just before ("…, and she becomes upset,
        // shouting …"), else the speaker of an earlier cue here that has its subject before it, else the opening noun phrase.
        // "…, who began his speech by marveling at …": a participle after a preposition inside a relative clause belongs
        // to the relative pronoun, not to the sentence.
        var speaker = judgedObject ? PhraseScanner.Left(v, lead - 1, a)
            : CoordinatedSubject(a, lead, b) ?? RelativeSubjectOfAdjunct(lead, a) ?? EarlierSubject(sentenceFirstDraft, into, i) ?? SubjectOf(a, i);
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
        if (content is null || (kind == CueKind.Mind && !content.Value.Direct && !CueLexicon.ObjectVerbs.Contains(lemma) && lemma is not ("want" or "seek" or "see")
            && !(v.Is(p, "that") || v.Is(p, "to") || LooksLikeClause(p, b) || ObjectThenInfinitive(p, b))))
        {
            return false; // "after assuming his post": a state-of-mind participle reports only a clause or an infinitive
        }

        into.Add(new Draft
        {
            Content = content.Value.Span, Direct = content.Value.Direct, Cue = v.Span(i, cueEnd), SpeakerSpan = speaker, Sentence = s,
            Confidence = 0.7, Kind = kind,
        });
        return true;
    }

    /// <summary>
    /// The relative pronoun opening the clause a participle's preposition continues ("who began his speech by marveling"), or
    /// null when the preposition is a comma or belongs to the main clause.
    /// </summary>
    private TextSpan? RelativeSubjectOfAdjunct(int lead, int a)
    {
        if (!v.In(lead, ParticipleAdjuncts))
        {
            return null;
        }

        var relative = RelativeBeforeConjunction(lead, a);
        return relative >= 0 ? v.Span(relative, relative) : null;
    }

    private static readonly FrozenSet<string> ParticipleAdjuncts = new[] { "by", "after", "before", "while", "despite" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A name run ("Donald Trump", "Sen. Lind") or a subject pronoun starting at token <paramref name="k"/>.</summary>
    private TextSpan? NameOrPronounAt(int k, int b)
    {
        if (k >= b || !v.IsWord(k))
        {
            return null;
        }

        if (v.In(k, SpeakerWords.Pronouns) && !v.Is(k, "it"))
        {
            return v.Span(k, k);
        }

        // "Mr." and "Dr." open names although they are listed with the capitalised function words.
        if (!v.IsCap(k) || (v.In(k, SpeakerWords.CapitalisedFunctionWords) && !(v.In(k, SpeakerWords.Titles) && v.IsPunct(k + 1, '.') && v.IsCap(k + 2))))
        {
            return null;
        }

        var end = k;
        while (end + 1 < b && (v.IsCap(end + 1) || (v.IsPunct(end + 1, '.') && v.IsCap(end + 2))))
        {
            end++;
        }

        return v.Span(k, end);
    }

    /// <summary>The speaker phrase is a bare "who" or "which".</summary>
    private bool IsRelativePronoun(TextSpan sp)
    {
        var k = v.TokenAt(sp.Start);
        return k < v.Tokens.Length && v.Tokens[k].Span.End >= sp.End && (v.Is(k, "who") || v.Is(k, "which"));
    }

    /// <summary>
    /// "The mayor faces a dozen towns": the left scan ran through a verb; the noun phrase starts at the last determiner that
    /// follows a word other than a preposition ("the leader of the party" stays whole).
    /// </summary>
    private TextSpan LastNounPhrase(TextSpan phrase)
    {
        var first = v.TokenAt(phrase.Start);
        for (var k = v.TokenAt(phrase.End) - 1; k > first; k--)
        {
            if (PhraseScanner.IsDeterminer(v, k) && v.IsWord(k - 1) && !v.IsCap(k - 1) && !v.In(k - 1, PhrasePrepositions) && !v.In(k - 1, NounPrepositions)
                && !PhraseScanner.IsDeterminer(v, k - 1))
            {
                return new TextSpan(v.Tokens[k].Span.Start, phrase.End);
            }
        }

        return phrase;
    }

    /// <summary>"X has said …, but he refuses …, aside from saying …": the subject of the last report before <paramref name="i"/> ("he").</summary>
    private TextSpan? NearestEarlierSubject(int sentenceFirstDraft, List<Draft> into, int i)
    {
        TextSpan? nearest = null;
        for (var k = sentenceFirstDraft; k < into.Count; k++)
        {
            if (into[k].SpeakerSpan is { } sp && sp.End <= into[k].Cue.Start && into[k].Cue.End <= v.Tokens[i].Span.Start && (nearest is null || sp.Start > nearest.Value.Start))
            {
                nearest = sp;
            }
        }

        return nearest;
    }

    /// <summary>
    /// "after she attacked the police and blamed …", "they learned of it and disclosed it", "which explored … and discussed …": a
    /// verb after "and" shares the subject of the nearest cue before it, a relative pronoun included when no comma or
    /// semicolon stands between (then the relative clause goes on); "and said …" or "and suggested that …" after a cue
    /// nested in another report's words goes with the outer report.
    /// </summary>
    private TextSpan? CoordinatedEarlierSubject(int sentenceFirstDraft, List<Draft> into, int conjunction, bool reportsClause)
    {
        Draft? nearest = null;
        for (var k = sentenceFirstDraft; k < into.Count; k++)
        {
            if (into[k].SpeakerSpan is { } sp && sp.End <= into[k].Cue.Start && into[k].Cue.End <= v.Tokens[conjunction].Span.Start
                && (nearest is null || into[k].Cue.Start > nearest.Cue.Start))
            {
                nearest = into[k];
            }
        }

        if (nearest?.SpeakerSpan is not { } speaker)
        {
            return null;
        }

        for (var k = sentenceFirstDraft; k < into.Count && reportsClause; k++)
        {
            if (into[k] != nearest && into[k].Content.Contains(speaker) && into[k].Cue.End <= speaker.Start)
            {
                return null; // "The Pentagon said the government has not requested it and claimed that …": a second report is the outer speaker's
            }
        }

        for (var k = v.TokenAt(nearest.Cue.End); k < conjunction; k++)
        {
            if (v.IsPunct(k, ';') || v.IsPunct(k, ':') || v.IsQuoteMark(k) || (v.IsPunct(k, ',') && IsRelativePronoun(speaker)))
            {
                return null;
            }
        }

        return speaker;
    }

    /// <summary>
    /// "Republicans said the timing was chance; they learned of it on Friday and disclosed it": a clause after a semicolon has a
    /// subject of its own, which a verb coordinated inside that clause shares. Null when no semicolon precedes
    /// <paramref name="conjunction"/> or no name or pronoun follows it.
    /// </summary>
    private TextSpan? SubjectAfterSemicolon(int conjunction, int a, int b)
    {
        for (var k = conjunction - 1; k > a; k--)
        {
            if (v.IsPunct(k, ';'))
            {
                return InsideQuotation(k) ? null : NameOrPronounAt(k + 1, b);
            }
        }

        return null;
    }

    /// <summary>The speaker of an earlier cue of this sentence that has its subject before it.</summary>
    private TextSpan? EarlierSubject(int sentenceFirstDraft, List<Draft> into, int i)
    {
        TextSpan? participleSubject = null;
        for (var k = sentenceFirstDraft; k < into.Count; k++)
        {
            // A relative pronoun ("a builder who said …") speaks inside a noun phrase, not for the sentence.
            if (into[k].SpeakerSpan is { } sp && sp.End <= into[k].Cue.Start && sp.End <= v.Tokens[i].Span.Start && !IsRelativePronoun(sp))
            {
                if (!into[k].Cue.Slice(v.Text).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
                {
                    return sp;
                }

                participleSubject ??= sp; // "In a statement announcing the pick, the union called …": a finite verb's subject comes first
            }
        }

        return participleSubject;
    }

    private static readonly FrozenSet<string> SubjectPrepositions = new[] { "through", "in", "at", "on", "outside", "across", "near", "around" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private bool NoPunctuation(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!v.IsWord(k) && !v.IsPunct(k, '\'') && !v.IsPunct(k, '\u2019') && !v.IsPunct(k, '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Messages sent to someone, besides documents: "sent a memo to …", "wrote a note to …".</summary>
    private static readonly FrozenSet<string> SentMessages = new[] { "memo", "message", "note", "email", "e-mail", "petition", "resolution" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PhrasePrepositions = new[] { "in", "at", "of", "for", "from", "with", "on" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Auxiliaries = new[]
    {
        "could", "would", "will", "can", "may", "might", "should", "must", "is", "was", "are", "were", "has", "have", "had",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"donations that he said were tied to favours": a relative word before the speaker leaves the verb to the relative clause.</summary>
    private bool AfterRelative(TextSpan speaker)
    {
        var before = v.TokenAt(speaker.Start) - 1;
        return before >= 0 && (v.Is(before, "that") || v.Is(before, "which") || v.Is(before, "what") || v.Is(before, "who") || v.Is(before, "whom"));
    }

    /// <summary>"The court ruling could decide the case": a finite verb right after the "cue" makes it a noun, the subject of that verb.</summary>
    private bool OpensWithAuxiliary(TextSpan content)
    {
        var first = v.TokenAt(content.Start);
        return first < v.Tokens.Length && v.In(first, Auxiliaries) && !v.IsCap(first);
    }

    private static readonly FrozenSet<string> PlaceAndMannerOpeners = new[]
    {
        "in", "at", "into", "by", "from", "since", "during", "up", "then", "after", "before", "until", "under", "through", "across",
        "near", "online", "directly", "slightly", "outside", "inside", "onto", "while", "when", "where", "alongside", "behind",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "spoke against the backdrop of …", "pitch in $200 or less", "responded with logic": what follows the verb is a place, time
    /// or manner adjunct (a preposition opening a short phrase with no clause), not what was said.
    /// </summary>
    private bool AdjunctOnly(TextSpan content)
    {
        var first = v.TokenAt(content.Start);
        if (first >= v.Tokens.Length || !v.In(first, PlaceAndMannerOpeners) || v.IsCap(first) || v.Is(first - 1, "believe"))
        {
            return false;
        }

        for (var k = first; k < v.Tokens.Length && v.Tokens[k].Span.End <= content.End; k++)
        {
            if (v.Is(k, "that") || v.IsQuoteMark(k) || v.IsPunct(k, ':') || v.IsPunct(k, ',') || PhraseScanner.IsNegatedAux(v, k))
            {
                return false; // "said at a briefing that …", "in a close contest, Lind leads …": the adjunct precedes the content
            }
        }

        return v.CountWords(content) <= 6 || !HasFiniteVerb(content);
    }

    private static readonly FrozenSet<string> ParticipleAdjunctPrepositions = new[]
    {
        "at", "in", "on", "into", "from", "during", "after", "before", "through", "across", "outside", "inside", "near",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> GerundControllers = new[]
    {
        "resist", "resisted", "resists", "keep", "keeps", "kept", "continue", "continued", "continues", "start", "started", "starts",
        "begin", "began", "begins", "stop", "stopped", "stops", "avoid", "avoided", "avoids", "quit", "risk", "risked",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private bool TryPreposed(int s, int a, int b, int i, int cueEnd, string lemma, CueKind kind, List<Draft> into, int sentenceFirstDraft)
    {
        if (v.W(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && i > a && v.IsWord(i - 1) && !v.IsCap(i - 1) && !v.In(i - 1, SpeakerWords.VerbPrefix)
            && !v.In(i - 1, SpeakerWords.Pronouns) && !v.Is(i - 1, "as") && !v.Is(i - 1, "who") && !v.Is(i - 1, "to")
            && !v.In(i - 1, GerundControllers) && CueLexicon.TryGet(v.W(i - 1).ToString().ToLowerInvariant(), out _, out _)
            && !(v.IsWord(i + 1) && PerceivedDoing(i)))
        {
            return false; // "cited disparaging remarks": an adjective after the real cue, not a cue with its own subject
        }

        // "could not resist pointing out", "kept saying": the gerund's subject is the controlling verb's.
        var gerund = v.W(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && i - 1 > a && v.In(i - 1, GerundControllers);
        var infinitiveTo = InfinitiveTo(i);
        // "Rakeyia Scott can be heard yelling that …": a perceived speaker is the subject of "be heard"/"be seen".
        var vg0 = infinitiveTo >= 0 && ControllerBefore(infinitiveTo, a) is var controlled and >= 0 ? controlled
            : gerund || PerceivedDoing(i) ? PhraseScanner.SkipVerbPrefix(v, i - 2, a) : PhraseScanner.SkipVerbPrefix(v, BeforeAside(i - 1, a), a);
        TextSpan? speaker;
        var objectController = infinitiveTo >= 0 && ControllerBefore(infinitiveTo, a) < 0 ? ObjectControllerBefore(infinitiveTo, a) : -1;
        if (objectController >= 0)
        {
            // "forced Stumpf to admit …": the object acts; "forced the chief, who was questioned, to admit": the object before the aside.
            speaker = PhraseScanner.Left(v, BeforeRelativeAside(infinitiveTo - 1, a), objectController + 1);
        }
        else if (vg0 == i - 1 && vg0 - 1 > a && v.W(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && BesidesPreposition(vg0))
        {
            // "refuses to discuss appointees, aside from saying he wants …": the gerund's subject is the sentence's.
            speaker = NearestEarlierSubject(sentenceFirstDraft, into, i) ?? SubjectOf(a, vg0 - 1);
        }
        else if (vg0 > a && (v.Is(vg0, "and") || v.Is(vg0, "but") || v.Is(vg0, "yet") || (v.IsPunct(vg0, ',') && v.Is(vg0 + 1, "yet")))
            && !v.W(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            // "Graham urged Republicans to act, and criticized the party", "… but has said she will …": the subject of the first verb.
            speaker = SubjectOfVerbBefore(vg0, a) ?? CoordinatedEarlierSubject(sentenceFirstDraft, into, vg0, lemma == "say" || v.Is(cueEnd + 1, "that"))
                ?? (RelativeBeforeConjunction(vg0, a) is var relative and >= 0 ? v.Span(relative, relative) : (TextSpan?)null)
                ?? SubjectAfterSemicolon(vg0, a, b) ?? EarlierSubject(sentenceFirstDraft, into, i) ?? SubjectOf(a, vg0);
        }
        else if (vg0 >= a && v.Is(vg0, "as") && v.Is(i, "saying"))
        {
            speaker = PhraseScanner.Left(v, vg0 - 1, a); // "citing officials as saying …"
        }
        else if (vg0 >= a && (v.Is(vg0, "who") || v.Is(vg0, "which") || (vg0 == i - 1 && RelativeThat(vg0) && kind is CueKind.Speech or CueKind.Mind)
            || (vg0 < i - 1 && v.Is(vg0, "that") && v.In(vg0 - 1, SpeakerWords.SourceNouns) && !v.IsCap(vg0 - 1) && v.In(vg0 + 1, Auxiliaries))))
        {
            // "…, who said …": the relative pronoun names the speaker here; the resolver finds its antecedent.
            var k = vg0 - 1;
            if (v.IsPunct(k, ',') || v.IsDash(k))
            {
                k--; // "The governor, who …", "The governor — who …"
            }

            // "cities that support the regulations": a restrictive "that" is no word of the speaker's; its noun phrase is.
            speaker = k >= a && PhraseScanner.Left(v, k, a) is { } antecedent ? (v.Is(vg0, "that") ? LastNounPhrase(antecedent) : v.Span(vg0, vg0)) : null;
        }
        else if (vg0 >= a && v.IsPunct(vg0, ','))
        {
            speaker = Appositive(vg0, a);
        }
        else
        {
            speaker = vg0 >= a && v.In(vg0, SpeakerWords.PossessivePronouns) && infinitiveTo >= 0 ? v.Span(vg0, vg0) // "his best response was to say"
                : vg0 >= a ? PhraseScanner.Left(v, vg0, a) : null;
            if (speaker is { } passiveAgent && AgentOfReducedPassive(v.TokenAt(passiveAgent.Start), a) is { } head)
            {
                speaker = head; // "emails obtained by the paper suggest …": the emails suggest, the paper obtained them
            }
            if (speaker is { } tail && vg0 >= a && LongRelativeSubject(a, b, v.TokenAt(tail.Start), vg0) is { } whole)
            {
                speaker = whole; // "An Iraqi militia that played a major role in the attacks said …": the subject is the noun and its relative clause
            }
            else if (speaker is { } reached && !v.W(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && SubjectBeforeAdjuncts(reached, a, b) is { } subject)
            {
                speaker = subject; // "Lind at a rally in Ohio said …": the left scan stopped inside an adjunct
            }
            if (speaker is { } subjectTail && v.TokenAt(subjectTail.Start) - 1 is var joint && joint > a && v.In(joint, SubjectPrepositions)
                && FirstWord(a, b) is var opening && opening < joint && v.IsWord(opening) && !v.In(opening, SpeakerWords.LeftStops)
                && v.W(joint - 1).EndsWith("ing", StringComparison.Ordinal) && NoPunctuation(opening, joint))
            {
                // "Protesters marching through the streets chanted …": the subject runs from the sentence start.
                speaker = new TextSpan(v.Tokens[opening].Span.Start, subjectTail.End);
            }

            if (speaker is { } verbPhrase && v.W(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && AuxiliaryBeforeVerbPhrase(v.TokenAt(verbPhrase.Start), a) is var aux
                && aux > a && PhraseScanner.SkipVerbPrefix(v, aux, a) is var doer && doer >= a)
            {
                // "who has come out the other side knowing that …": the words before the participle are a verb phrase; its subject knows.
                speaker = v.Is(doer, "who") || v.Is(doer, "which") ? v.Span(doer, doer) : PhraseScanner.Left(v, doer, a);
            }

            if (speaker is { } made && kind == CueKind.Speech && v.W(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                && v.TokenAt(made.Start) is var objectStart && PhraseScanner.IsDeterminer(v, objectStart) && objectStart - 1 > a
                && v.IsWord(objectStart - 1) && !v.IsCap(objectStart - 1) && (v.W(objectStart - 1).EndsWith("ed", StringComparison.Ordinal) || PhraseScanner.IsIrregularPast(v, objectStart - 1))
                && PhraseScanner.SkipVerbPrefix(v, objectStart - 2, a) is var maker && maker >= a && PhraseScanner.Left(v, maker, a) is { } author)
            {
                // "The council issued a statement calling …", "Trump unleashed a series of tweets saying …": who made the statement says it.
                speaker = author;
            }

            if (speaker is { } addressee && v.W(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && MessageSender(v.TokenAt(addressee.Start) - 1, a) is { } sender)
            {
                // "Parents sent a letter to the board urging …": the letter's sender urges, not its addressee.
                speaker = sender;
            }

            if (speaker is { } withVerb && kind == CueKind.Speech && v.W(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && VerbInside(withVerb) is var verb and >= 0
                && PhraseScanner.SkipVerbPrefix(v, verb - 1, a) is var agentEnd && agentEnd >= a && PhraseScanner.Left(v, agentEnd, a) is { } agent)
            {
                // "he unofficially provided sufficient information indicating …": the left scan ran through a verb; its subject says it.
                speaker = agent;
            }

            if (speaker is { } np && vg0 == i - 1 && kind == CueKind.Speech && v.W(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                && v.TokenAt(np.Start) - 1 is var prep && prep > a && v.In(prep, ParticipleAdjunctPrepositions))
            {
                // "she said at a news conference announcing that …": the noun after a preposition is no subject; the sentence's is.
                speaker = EarlierSubject(sentenceFirstDraft, into, i) ?? SubjectOf(a, prep);
            }
        }

        if (speaker is null)
        {
            return false;
        }

        if (speaker.Value.Start == v.Tokens[vg0].Span.Start && IsPronounContraction(vg0))
        {
            speaker = new TextSpan(speaker.Value.Start, speaker.Value.End - 2); // "He’s claiming": the speaker is "He"
        }

        var p = cueEnd + 1;
        TextSpan? recipient = null;
        if (TellVerbs.Contains(lemma) || lemma == "say")
        {
            recipient = ObjectPhrase(p, b, lemma, out p);
        }

        if (recipient is null && v.IsCap(p) && !v.In(p, SpeakerWords.CapitalisedFunctionWords))
        {
            var nameEnd = p;
            while (nameEnd + 1 < b && v.IsCap(nameEnd + 1))
            {
                nameEnd++;
            }

            if (v.IsQuoteMark(nameEnd + 1) && SegmentOpeningAt(nameEnd + 1) is not null)
            {
                recipient = v.Span(p, nameEnd); // "showed Kadhimi “support and satisfaction”": the name receives, the quotation is the content
                p = nameEnd + 1;
            }
        }

        if (lemma is "speak" or "talk" && AddresseeThenTopic(p, b) is var topic and > 0)
        {
            recipient = v.Span(p + 1, topic - 1); // "came to talk to me last week about trade": the addressee, then the topic
            p = topic;
        }

        // "what analysts described as old tactics: lowering …": the judgement after "as" is the content, no adjunct to skip.
        var judgedAs = v.Is(p, "as") ? WhatObject(speaker.Value, p, b) : null;
        if (judgedAs is null)
        {
            p = SkipToComplement(p, b);
        }

        if (lemma == "vote" && VoteInfinitive(i, b) is var voteTo and > 0)
        {
            p = voteTo; // "voted 19-15 along party lines to send …": the tally and the manner are no part of what was decided
        }
        if (v.IsPunct(p, ',') && !v.IsQuoteMark(p + 1) && recipient is not null && p > cueEnd + 1)
        {
            p++; // "… told MEE, talks including Asaib Ahl al-Haq resulted in …": the comma after the addressee
        }

        if (v.IsPunct(p, ',') && !v.IsQuoteMark(p + 1) && p == cueEnd + 1)
        {
            p++; // "During his years in office, Mr. Obama said, a majority …": the parenthetical cue's comma
        }

        if (kind == CueKind.Mind && PhraseScanner.IsAdverb(v, p) && v.In(p + 1, WhWords))
        {
            p++; // "would know exactly what …"
        }

        if (kind == CueKind.Mind && !(v.Is(p, "that") || v.Is(p, "to") || (v.Is(p, "not") && v.Is(p + 1, "to")) || v.IsQuoteMark(p)) && lemma is not ("want" or "see" or "view" or "regard" or "judge" or "seek") && !CueLexicon.ObjectVerbs.Contains(lemma))
        {
            // Bare "believe" + noun phrase ("believe him") is not a belief report; keep "that"/"to" frames.
            if (!LooksLikeClause(p, b) && !ObjectThenInfinitive(p, b) && !(lemma == "believe" && v.Is(p, "in")) && !DeterminedObject(p, lemma) && !FeltState(lemma, p)
                && !v.In(p, WhWords) && !ObjectThenComplement(p, b, lemma)
                && !(v.Is(p, "so") && BareName(p, b, lemma) is not null))
            {
                return false;
            }
        }

        // "did not respond to requests for comment", "referred to the deal": "to" before a noun phrase is a preposition.
        var prepositionalTo = v.Is(p, "to") && (PhraseScanner.IsDeterminer(v, p + 1) || EndsPossessive(p + 1) || (v.IsCap(p + 1) && !v.Is(p + 1, "i"))
            || (v.IsWord(p + 1) && v.W(p + 1).EndsWith("s", StringComparison.Ordinal) && !v.W(p + 1).EndsWith("ss", StringComparison.Ordinal)));
        if (v.Is(p, "to") && !ToInfinitive.Contains(lemma) && kind != CueKind.Mind && !prepositionalTo)
        {
            return false; // "said to be", "added to the list"
        }

        var content = judgedAs ?? (v.Is(p, "as") && v.Is(p + 1, "much") ? (v.Span(p, p + 1), false) // "indicated as much in an email": the words point back
            : WhatObject(speaker.Value, p, b) ?? RightContent(p, b) ?? BareName(p, b, lemma) ?? NextParagraph(s, p, b));
        var whComplement = kind == CueKind.Mind && v.In(p, WhWords); // "you know when it's worth …": a question word opens what is known, no adjunct
        if (content is null || (!content.Value.Direct && !v.Is(p, "that") && ((AdjunctOnly(content.Value.Span) && !whComplement) || (OpensWithAuxiliary(content.Value.Span) && !AfterRelative(speaker.Value)))))
        {
            return false;
        }

        if (!content.Value.Direct && TimeOnly(content.Value.Span))
        {
            return false; // "refused to answer last year": a time adjunct, not what was answered
        }

        if (!content.Value.Direct && v.TokenAt(content.Value.Span.Start) == p && ClauseOfCircumstance(p) && !(kind == CueKind.Mind && v.In(p, WhWords)))
        {
            return false; // "said Friday as he entered the talks", "said and did the same things": no words reported after the cue
        }

        if (!content.Value.Direct && !v.Is(p, "that") && !v.Is(p, "to") && (kind == CueKind.Action || CueLexicon.ObjectVerbs.Contains(lemma) || lemma == "call"))
        {
            content = (ObjectOnly(content.Value.Span), false);
        }

        if (!content.Value.Direct || !QuoteScanner.IsWholeQuote(v.Text, content.Value.Span))
        {
            var cut = OwnPredicateCut(content.Value.Span);
            content = (cut, content.Value.Direct && segments.Any(q => q.Content.Overlaps(cut)));
        }

        if (OpeningClauseCut(content.Value, a, b, i) is { } openingClause)
        {
            content = openingClause;
        }

        if (!content.Value.Direct && RelativeInsideSubject(speaker.Value, a, b) && MatrixVerbComma(content.Value.Span) is var matrix and > 0)
        {
            // "The mayor, who argued that the budget was too small, resigned on Monday": the relative clause ends before the main verb.
            content = (new TextSpan(content.Value.Span.Start, v.Tokens[matrix - 1].Span.End), false);
        }

        if (!content.Value.Direct && TrailingClauses.BeforeNewClause(v, content.Value.Span, kind, CueLexicon.ObjectVerbs.Contains(lemma) && !v.Is(p, "that"), b) is var beforeClause && beforeClause != content.Value.Span)
        {
            content = (beforeClause, false);
        }

        var cue = v.Span(i, cueEnd);
        into.Add(new Draft
        {
            Content = content.Value.Span, Direct = content.Value.Direct, Cue = cue, SpeakerSpan = speaker, Sentence = s,
            Confidence = content.Value.Direct ? 0.85 : kind == CueKind.Speech ? 0.75 : 0.6, Kind = kind, Recipient = recipient,
        });
        return true;
    }

    /// <summary>
    /// "with the governor — who has called for tax hikes — lambasting …": when token <paramref name="k"/> closes a dash
    /// aside, the token before the aside opens; else <paramref name="k"/>.
    /// </summary>
    private int BeforeAside(int k, int a)
    {
        if (!v.IsDash(k))
        {
            return k;
        }

        for (var j = k - 2; j > a && j >= k - 30; j--)
        {
            if (v.IsDash(j))
            {
                return v.IsWord(j - 1) ? j - 1 : k;
            }

            if (v.IsPunct(j, '.') || v.IsPunct(j, ';'))
            {
                break;
            }
        }

        return k;
    }

    /// <summary>
    /// The sentence opens with a noun phrase and a restrictive relative clause ("The militia that claimed the
    /// attack on the base"), and the cue follows it with no comma: the whole phrase up to <paramref name="end"/> is
    /// the subject, not the last noun the left scan reached (<paramref name="scanStart"/>).
    /// </summary>
    private TextSpan? LongRelativeSubject(int a, int b, int scanStart, int end)
    {
        var first = FirstWord(a, b);
        if (scanStart <= first || end - first > 40)
        {
            return null;
        }

        for (var r = first + 1; r < scanStart; r++)
        {
            if (v.IsPunctuation(r) && !InWordPunctuation(r))
            {
                return null; // a comma or a quotation between: not one plain subject
            }

            if (!(v.Is(r, "that") || v.Is(r, "who") || v.Is(r, "which")))
            {
                continue;
            }

            // "A slide from a presentation that Mr. Guajardo and his aides carry with them shows …": an object relative, its subject a name.
            var objectRelative = v.Is(r, "that") && NameOrPronounAt(r + 1, b) is { } relativeSubject && !v.In(r + 1, SpeakerWords.Pronouns)
                && v.TokenAt(relativeSubject.End) + 1 < scanStart;
            if (PhraseScanner.Left(v, r - 1, a) is not { } antecedent || !(v.TokenAt(antecedent.Start) == first || (objectRelative && AfterNounPrepositions(first, v.TokenAt(antecedent.Start))))
                || !v.IsWord(r + 1)
                || (!objectRelative && (v.IsCap(r + 1) || PhraseScanner.IsDeterminer(v, r + 1) || v.In(r + 1, SpeakerWords.Pronouns) || !LooksLikeVerb(r + 1))))
            {
                return null; // "that the deal …", "that judges should …" after a noun open a content clause, not a relative one
            }

            if (HasCueWord(v.Span(first, r - 1)))
            {
                return null; // "Democrats noted that last year …": a reporting verb before "that" makes it a complement
            }

            for (var k = r + 1; k < scanStart; k++)
            {
                if ((v.IsPunctuation(k) && !InWordPunctuation(k)) || v.Is(k, "that") || (k > r + 1 && PhraseScanner.IsIrregularPast(v, k)))
                {
                    return null; // "A study that appeared in a journal found that …", "A commander who led the group read a statement …": the main verb came first
                }
            }

            return new TextSpan(v.Tokens[first].Span.Start, v.Tokens[end].Span.End);
        }

        return null;
    }

    private static readonly FrozenSet<string> NewClauseWords = new[]
    {
        "and", "but", "or", "while", "as", "although", "though", "because", "before", "after", "in", "on", "at", "during", "when", "according",
        "who", "which", "where", "since", "so", "then", "with", "without", "for", "by", "to", "from", "if", "unless", "until", "the", "a", "an",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// After a parenthetical cue ("…, Mr. Obama said, are acts of patriotism"): the rest of the sentence when it goes on
    /// with the interrupted clause (a lowercase verb or adverb), not with a participle, a conjunction or a new phrase.
    /// </summary>
    private TextSpan? ContinuationAfterCue(int t, int b)
    {
        if (!v.IsPunct(t, ',') || !v.IsWord(t + 1) || v.IsCap(t + 1) || v.In(t + 1, NewClauseWords) || PhraseScanner.IsTimeWord(v, t + 1)
            || v.W(t + 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || !(v.In(t + 1, Auxiliaries) || LooksLikeVerb(t + 1) || v.Is(t + 1, "not")))
        {
            return null;
        }

        var last = b - 1;
        while (last > t && !v.IsWord(last) && !v.IsQuoteMark(last))
        {
            last--;
        }

        return last > t + 1 ? v.Span(t + 1, last) : null;
    }

    /// <summary>
    /// At <paramref name="k"/>: a conjunction ("and did …") or a time word and a subordinate clause ("Friday as he entered …")
    /// — what follows the cue then tells when or what else, not what was said.
    /// </summary>
    private bool ClauseOfCircumstance(int k) =>
        v.Is(k, "and") || v.Is(k, "or") || v.Is(k, "nor")
        || (PhraseScanner.IsTimeWord(v, k) && (v.Is(k + 1, "as") || v.Is(k + 1, "when") || v.Is(k + 1, "while") || v.Is(k + 1, "after") || v.Is(k + 1, "before")
            || v.Is(k + 1, "during") || v.Is(k + 1, "at") || v.Is(k + 1, "in")));

    /// <summary>A short span of time words only: "last year", "on Friday", "this week".</summary>
    private bool TimeOnly(TextSpan span)
    {
        var words = 0;
        for (var k = v.TokenAt(span.Start); k < v.Tokens.Length && v.Tokens[k].Span.End <= span.End; k++)
        {
            if (!v.IsWord(k))
            {
                continue;
            }

            if (++words > 4 || !(PhraseScanner.IsTimeWord(v, k) || v.Is(k, "last") || v.Is(k, "next") || v.Is(k, "this") || v.Is(k, "on") || v.Is(k, "early")
                || v.Is(k, "within") || v.Is(k, "in") || v.Is(k, "days") || v.Is(k, "weeks") || v.Is(k, "months") || v.Is(k, "years") || v.Is(k, "hours")
                || v.Tokens[k].Kind == TokenKind.Number || PhraseScanner.IsMonth(v, k)))
            {
                return false; // "within days", "on 1 March", "last year": a time adjunct
            }
        }

        return words > 0;
    }

    /// <summary>A verb of praise or blame (or "credit") between the sentence start and <paramref name="limit"/>: its object is who acted.</summary>
    private bool JudgementBefore(int a, int limit)
    {
        Span<char> buffer = stackalloc char[40];
        for (var k = Math.Max(a, limit - 40); k < limit; k++)
        {
            if (v.IsWord(k) && !v.IsCap(k) && (v.Is(k, "credit") || v.Is(k, "credits") || v.Is(k, "credited")
                || (CueLexicon.TryGet(PhraseScanner.Lower(v, k, buffer), out var lemma, out _) && (CueLexicon.ObjectVerbs.Contains(lemma) || CueLexicon.NeedsFor.Contains(lemma)))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>", and she …" or ", but he …" before <paramref name="lead"/>: the subject of the nearest coordinated clause, or null.</summary>
    private TextSpan? CoordinatedSubject(int a, int lead, int b)
    {
        for (var k = lead - 2; k > a && k > lead - 40; k--)
        {
            if ((v.Is(k, "and") || v.Is(k, "but")) && v.IsPunct(k - 1, ',') && NameOrPronounAt(k + 1, b) is { } subject && v.TokenAt(subject.End) < lead - 1)
            {
                return subject;
            }
        }

        return null;
    }

    private static readonly FrozenSet<string> AdjunctPrepositions = new[] { "in", "at", "on", "during", "near", "outside", "inside" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> NounPrepositions = new[] { "of", "for", "from" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The left scan from a cue stopped at a noun inside prepositional phrases that follow the sentence's
    /// subject: "Lind at a rally in Ohio said" → "Lind"; "The head of the agency in Kansas said" → the whole phrase
    /// (an "of" phrase belongs to its noun). Null when the phrases do not lead back to the sentence's first word.
    /// </summary>
    private TextSpan? SubjectBeforeAdjuncts(TextSpan reached, int a, int b)
    {
        var first = FirstWord(a, b);
        var cur = v.TokenAt(reached.Start);
        if (cur <= first + 1 || !NoPunctuationBetween(first, cur))
        {
            return null;
        }

        var nounAttached = false;
        for (var step = 0; step < 4; step++)
        {
            var prep = cur - 1;
            if (prep <= first || !(v.In(prep, AdjunctPrepositions) || v.In(prep, NounPrepositions)) || v.IsCap(prep))
            {
                return null;
            }

            nounAttached |= v.In(prep, NounPrepositions);
            if (PhraseScanner.Left(v, prep - 1, a) is not { } left || v.CountWords(left) > 5 || HasCueWord(left))
            {
                return null; // a long phrase or one with a reporting verb is a clause, not a noun ("Some believe the level of …")
            }

            cur = v.TokenAt(left.Start);
            if (cur == first)
            {
                return nounAttached ? new TextSpan(left.Start, reached.End) : left;
            }
        }

        return null;
    }

    private bool HasCueWord(TextSpan span)
    {
        Span<char> buffer = stackalloc char[40];
        for (var k = v.TokenAt(span.Start); k < v.Tokens.Length && v.Tokens[k].Span.End <= span.End; k++)
        {
            if (v.IsWord(k) && !v.IsCap(k) && CueLexicon.TryGet(PhraseScanner.Lower(v, k, buffer), out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    private bool NoPunctuationBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (v.IsPunctuation(k) && !InWordPunctuation(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A finite verb at <paramref name="k"/>: a past form, an auxiliary, or an -s form before its object ("that leads the group").</summary>
    private bool LooksLikeVerb(int k)
    {
        var w = v.W(k);
        return w.EndsWith("ed", StringComparison.Ordinal) || v.In(k, Auxiliaries) || v.Is(k, "has") || v.Is(k, "had") || v.Is(k, "is") || v.Is(k, "was")
            || v.Is(k, "are") || v.Is(k, "were") || (w.EndsWith("s", StringComparison.Ordinal) && (PhraseScanner.IsDeterminer(v, k + 1) || v.IsCap(k + 1)))
            || PhraseScanner.IsIrregularPast(v, k);
    }

    /// <summary>The index of a finite past verb inside a speaker phrase, not its last word ("unofficially provided sufficient information"), or -1.</summary>
    private int VerbInside(TextSpan phrase)
    {
        var first = v.TokenAt(phrase.Start);
        var last = v.TokenAt(phrase.End) - 1;
        for (var k = first; k < last; k++)
        {
            if (v.IsWord(k) && !v.IsCap(k) && (PhraseScanner.IsIrregularPast(v, k) || (v.W(k).EndsWith("ed", StringComparison.Ordinal) && k > first && PhraseScanner.IsAdverb(v, k - 1)))
                && !InsideRelativeBefore(k, first))
            {
                return k;
            }
        }

        return -1;
    }

    private bool InsideRelativeBefore(int k, int first)
    {
        for (var j = k - 1; j >= first; j--)
        {
            if (v.Is(j, "who") || v.Is(j, "that") || v.Is(j, "which"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Parents sent a letter to | the board", "They sent a letter on Thursday to | Senate leaders": the sender of the message
    /// whose addressee follows "to" at <paramref name="to"/>, or null when no sent message comes before it.
    /// </summary>
    private TextSpan? MessageSender(int to, int a)
    {
        if (!v.Is(to, "to"))
        {
            return null;
        }

        var noun = to - 1;
        if (PhraseScanner.IsTimeWord(v, noun) && noun - 1 > a && (v.Is(noun - 1, "on") || v.Is(noun - 1, "last") || v.Is(noun - 1, "this")))
        {
            noun -= 2; // "a letter on Thursday to …", "a letter last week to …"
        }

        if (noun - 2 < a || !(v.In(noun, SpeakerWords.DocumentNouns) || v.In(noun, SentMessages)) || !(v.Is(noun - 1, "a") || v.Is(noun - 1, "an") || v.Is(noun - 1, "the"))
            || !v.IsWord(noun - 2) || v.IsCap(noun - 2) || !(v.W(noun - 2).EndsWith("ed", StringComparison.Ordinal) || PhraseScanner.IsIrregularPast(v, noun - 2)))
        {
            return null;
        }

        var senderEnd = PhraseScanner.SkipVerbPrefix(v, noun - 3, a);
        return senderEnd >= a ? PhraseScanner.Left(v, senderEnd, a) : null;
    }

    /// <summary>"Many Mexicans felt betrayed when …", "voters feel abandoned": a feeling named by a participle is an attitude.</summary>
    private bool FeltState(string lemma, int p) =>
        lemma == "feel" && v.IsWord(p) && !v.IsCap(p) && (v.W(p).EndsWith("ed", StringComparison.Ordinal) && !v.Is(p, "need") || v.In(p, FeltAdjectives))
        && !v.Is(p + 1, "by");

    private static readonly FrozenSet<string> FeltAdjectives = new[]
    {
        "angry", "ashamed", "afraid", "proud", "uneasy", "guilty", "hopeful", "confident", "optimistic", "pessimistic", "bitter", "helpless",
        "powerless", "insulted", "resentful", "anxious", "nervous", "grateful",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"A slide from | a presentation": the words from <paramref name="first"/> lead to <paramref name="head"/> through an "of"/"from"/"for" phrase.</summary>
    private bool AfterNounPrepositions(int first, int head) =>
        head - 2 >= first && v.In(head - 1, NounPrepositions) && NoPunctuation(first, head);

    private bool InWordPunctuation(int k) => v.IsPunct(k, '-') || v.IsPunct(k, '.') || v.IsPunct(k, '\'') || v.IsPunct(k, '\u2019');

    /// <summary>The speaker is "who"/"which" after a comma, and the noun it describes opens the sentence: the relative clause sits inside the subject.</summary>
    private bool RelativeInsideSubject(TextSpan speaker, int a, int b)
    {
        var k = v.TokenAt(speaker.Start);
        if (!(v.Is(k, "who") || v.Is(k, "which")) || !v.IsPunct(k - 1, ',') || k - 2 < a)
        {
            return false;
        }

        return PhraseScanner.Left(v, k - 2, a) is { } antecedent && v.TokenAt(antecedent.Start) <= FirstWord(SkipOpeningAdjunct(a, b), b);
    }

    /// <summary>The last comma inside <paramref name="content"/> followed by a finite verb ("…, resigned on Monday"), or -1.</summary>
    private int MatrixVerbComma(TextSpan content)
    {
        var first = v.TokenAt(content.Start);
        for (var k = v.TokenAt(content.End - 1); k > first; k--)
        {
            if (!v.IsPunct(k, ',') || !v.IsWord(k + 1) || v.IsCap(k + 1))
            {
                continue;
            }

            var w = v.W(k + 1);
            if ((w.EndsWith("ed", StringComparison.Ordinal) && !v.In(k + 1, SpeakerWords.LeftStops)) || PhraseScanner.IsIrregularPast(v, k + 1) || v.In(k + 1, FollowingAuxiliaries)
                || v.Is(k + 1, "did") || v.Is(k + 1, "does") || v.Is(k + 1, "cannot") || v.Is(k + 1, "remains") || v.Is(k + 1, "said") || v.Is(k + 1, "says"))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// "As Clinton talked about bringing communities together, Trump …", "In a statement announcing the pick, the union …": a
    /// cue inside an opening subordinate clause (or a participle inside an opening prepositional phrase) reports up to the
    /// clause's comma when a subject follows it; a quotation only later in the sentence does not stop this. Null: no cut.
    /// </summary>
    private (TextSpan Span, bool Direct)? OpeningClauseCut((TextSpan Span, bool Direct) content, int a, int b, int cue)
    {
        var first = FirstWord(a, b);
        var prepositional = v.In(first, OpeningPrepositions) && v.W(cue).EndsWith("ing", StringComparison.Ordinal);
        if (first >= cue || !(v.In(first, OpeningSubordinators) || prepositional))
        {
            return null;
        }

        var start = v.TokenAt(content.Span.Start);
        var close = FirstComma(start + 1, b);
        if (close <= 0 || close - 1 <= start || (content.Direct && QuoteMarkWithin(start, close)) || !MainClauseOpensAt(close + 1, first, b))
        {
            return null;
        }

        var opening = v.Span(start, close - 1);
        return (opening, content.Direct && segments.Any(q => q.Content.Overlaps(opening)));
    }

    /// <summary>
    /// After an opening clause's comma, the main clause opens at <paramref name="k"/>: a name or a pronoun ("…, Trump said"), "it",
    /// a possessive or "the" with a verb ("…, it is considered …", "…, his decision was overturned"), or after an opening
    /// preposition any determined subject.
    /// </summary>
    private bool MainClauseOpensAt(int k, int first, int b) =>
        NameOrPronounAt(k, b) is not null
        || ((v.Is(k, "it") || v.In(k, SpeakerWords.PossessivePronouns) || v.Is(k, "the")) && ClauseShape.SubjectAndVerb(v, k, b))
        || (v.In(first, OpeningPrepositions) && PhraseScanner.IsDeterminer(v, k) && !v.Is(k, "to") && !v.Is(k, "of"));

    /// <summary>Prepositions opening a sentence adjunct that may hold a participle cue ("In a statement announcing the pick, …").</summary>
    private static readonly FrozenSet<string> OpeningPrepositions = new[] { "in", "at", "on", "with", "after", "during", "before", "through" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> OpeningSubordinators = new[]
    {
        "as", "when", "while", "after", "before", "because", "although", "though", "if", "since", "once", "until", "whereas",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Subordinators = new[]
    {
        "because", "although", "though", "whereas", "while", "since", "unless",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "called the hearing because they felt …", "attacked the plan, while others …": the object of an act or a stance
    /// verb ends before a subordinate clause; what follows is the article's reasoning, not the object.
    /// </summary>
    private TextSpan ObjectOnly(TextSpan content)
    {
        var first = v.TokenAt(content.Start);
        for (var k = first + 2; k < v.Tokens.Length && v.Tokens[k].Span.End <= content.End; k++)
        {
            if (InsideQuotation(k))
            {
                continue;
            }

            // "… on Monday as he issued a statement": a clause of time with a subject of its own is the writer's framing.
            var timeClause = v.Is(k, "as") && !v.IsCap(k) && v.In(k + 1, SpeakerWords.Pronouns) && !v.Is(k + 1, "it") && v.IsWord(k + 2) && !v.IsCap(k + 2)
                && (v.W(k + 2).EndsWith("ed", StringComparison.Ordinal) || PhraseScanner.IsIrregularPast(v, k + 2) || v.W(k + 2).EndsWith("s", StringComparison.Ordinal));
            if (timeClause)
            {
                return CutBefore(content, k);
            }

            if (v.In(k, Subordinators) && !v.IsCap(k))
            {
                var last = k - 1;
                while (last > first && ((!v.IsWord(last) && !v.IsQuoteMark(last)) || v.Is(last, "even") || v.Is(last, "only")))
                {
                    last--; // "…, even though": the adverb belongs to the subordinate clause
                }

                return last > first ? new TextSpan(content.Start, v.Tokens[last].Span.End) : content;
            }
        }

        return content;
    }

    /// <summary>
    /// "That was what Lind said when she resigned", "what most voters would consider fair": the object of the cue is
    /// the "what" before its subject (nothing follows the cue but an adjunct); "Everything Trump says is a lie": a quantifier
    /// pronoun before the subject, with the sentence's finite verb right after the cue.
    /// </summary>
    private (TextSpan Span, bool Direct)? WhatObject(TextSpan speaker, int p, int b)
    {
        var before = v.TokenAt(speaker.Start) - 1;
        if (before >= 0 && v.In(before, QuantifierObjects) && ClauseShape.IsFiniteVerb(v, p) && (before == 0 || !v.IsWord(before - 1) || v.IsCap(before)))
        {
            return (v.Span(before, before), false); // "Everything Trump says is a lie": the object opens the sentence, the verb after the cue is the main one
        }

        if (before < 0 || !v.Is(before, "what") || !(p >= b || (v.IsPunctuation(p) && !v.IsQuoteMark(p) && !v.IsPunct(p, ':'))
            || (v.In(p, SpeakerWords.RightStops) && !v.Is(p, "that") && !v.Is(p, "to") && !v.Is(p, "about"))))
        {
            return null;
        }

        if (v.Is(p, "as") && p + 1 < b && v.IsWord(p + 1))
        {
            // "what analysts described as old tactics": the judgement after "as" is what they said of it.
            var last = p + 1;
            while (last + 1 < b && !v.IsPunctuation(last + 1) && !v.In(last + 1, ClauseOpeners) && last - p < 12)
            {
                last++;
            }

            return (v.Span(p + 1, last), false);
        }

        return (v.Span(before, before), false);
    }

    private static readonly FrozenSet<string> QuantifierObjects = new[] { "everything", "anything", "nothing", "something", "all" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that open a new clause after a noun phrase ("… old tactics before the debate").</summary>
    private static readonly FrozenSet<string> ClauseOpeners = new[]
    {
        "before", "after", "while", "when", "because", "since", "although", "though", "and", "but", "which", "that", "who", "as", "if", "until",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Limbaugh added:" closing its sentence: the words that follow, up to the end of the next paragraph
    /// (a block quotation set off on its own).
    /// </summary>
    private (TextSpan Span, bool Direct)? NextParagraph(int s, int p, int b)
    {
        if (!v.IsPunct(p, ':') || p + 1 < b || s + 1 >= v.Sentences.Length)
        {
            return null;
        }

        var paragraph = v.Paragraph(s + 1);
        var last = s + 1;
        while (last + 1 < v.Sentences.Length && v.Paragraph(last + 1) == paragraph)
        {
            last++;
        }

        var span = new TextSpan(v.Sentences[s + 1].Span.Start, v.Sentences[last].Span.End);
        return v.CountWords(span) >= 3 ? TrimEnd(span, QuoteScanner.IsQuoteChar(v.Text[span.Start])) : null;
    }

    /// <summary>Words opening an embedded question: "didn't know what to make of …", "cannot fathom how …".</summary>
    private static readonly FrozenSet<string> WhWords = new[] { "what", "how", "why", "whether", "if", "which", "who", "where", "when" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"did not consider the buyer a realistic option": an object, then "a"/"an" opening what it is judged to be.</summary>
    private bool ObjectThenComplement(int p, int b, string lemma)
    {
        if (lemma is not ("consider" or "deem") || !(PhraseScanner.IsDeterminer(v, p) || v.IsCap(p) || v.In(p, ObjectPronouns)))
        {
            return false;
        }

        for (var k = p + 1; k < Math.Min(b, p + 6); k++)
        {
            if (v.Is(k, "a") || v.Is(k, "an"))
            {
                return true;
            }

            if (!v.IsWord(k) && !(v.IsPunct(k, '.') && v.In(k - 1, SpeakerWords.Titles)))
            {
                return false; // "consider Mr. Clarke a realistic option": a title's point is no boundary
            }
        }

        return false;
    }

    /// <summary>
    /// "expected a full debate", "fears a new war": an expectation or fear with a determined noun phrase as
    /// object reports its content ("believe the polls" too, but not "believe him").
    /// </summary>
    private bool DeterminedObject(int p, string lemma) =>
        lemma is "expect" or "anticipate" or "fear" or "believe" or "doubt" or "predict" or "prefer" or "regret" or "desire" or "dream"
        && (v.Is(p, "a") || v.Is(p, "an") || v.Is(p, "the") || v.Is(p, "more") || v.Is(p, "further") || v.Is(p, "another"));

    /// <summary>"endorsed Clinton.", "attacked Machado": a one-word name as the object of a stance verb.</summary>
    private (TextSpan Span, bool Direct)? BareName(int p, int b, string lemma)
    {
        if (p >= b || !v.IsWord(p))
        {
            return null;
        }

        if (CueLexicon.ObjectVerbs.Contains(lemma) && v.IsCap(p) && !PhraseScanner.IsTimeWord(v, p) && !v.In(p, SpeakerWords.CapitalisedFunctionWords))
        {
            return (v.Span(p, p), false);
        }

        // "despised them.", "defended it on Monday", "doesn't think so": a pronoun object (or "so") closing the clause.
        var closes = p + 1 >= b || (v.IsPunctuation(p + 1) && !v.IsQuoteMark(p + 1)) || (v.In(p + 1, SpeakerWords.RightStops) && !v.Is(p + 1, "to") && !v.Is(p + 1, "that"))
            || PhraseScanner.IsTimeWord(v, p + 1);
        var pronoun = CueLexicon.ObjectVerbs.Contains(lemma) && v.In(p, ObjectPronouns);
        var so = v.Is(p, "so") && lemma is "think" or "believe" or "hope" or "say" or "suppose" or "expect" or "guess";
        // "He didn't suggest retaliation.": a lone noun closing the sentence is what was suggested.
        var noun = p + 1 < b && v.IsPunct(p + 1, '.') && p + 2 >= b && v.IsWord(p) && !v.IsCap(p) && v.W(p).Length > 3 && !PhraseScanner.IsAdverb(v, p)
            && !v.In(p, SpeakerWords.RightStops) && !v.In(p, AdjunctOpeners) && !PhraseScanner.IsTimeWord(v, p) && !v.In(p, ClosingAdverbs) && !v.In(p, SpeakerWords.Pronouns) && !v.In(p, ObjectPronouns)
            && !v.W(p).EndsWith("ing", StringComparison.Ordinal) && !v.W(p).EndsWith("ed", StringComparison.Ordinal);
        return closes && (pronoun || so || noun) ? (v.Span(p, p), false) : null;
    }

    /// <summary>Words that close a clause after a cue without being its object ("he said again", "she added later").</summary>
    private static readonly FrozenSet<string> ClosingAdverbs = new[]
    {
        "again", "also", "later", "then", "instead", "otherwise", "today", "tonight", "yesterday", "tomorrow", "now", "here", "there", "back",
        "anyway", "though", "however", "afterward", "afterwards", "earlier", "before", "since", "once", "twice", "first", "last", "either",
        "enough", "much", "more", "less", "well", "alone", "together", "aloud", "elsewhere", "nothing", "something", "everything", "anything",
        "online", "publicly", "privately", "this", "that", "these", "those", "what", "yes", "none", "away", "abroad", "home", "week", "year",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ObjectPronouns = new[] { "him", "her", "them", "it", "me", "us", "you" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> RuleNouns = new[]
    {
        "timetable", "timetables", "plan", "plans", "schedule", "schedules", "rule", "rules", "law", "laws", "terms", "procedure", "procedures",
        "criteria", "standards", "guidelines", "formula", "protocol", "protocols", "regulations", "instructions", "script", "tradition",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private void AccordingTo(int s, int a, int b, int i, List<Draft> into)
    {
        var np = PhraseScanner.Right(v, i + 2, b);
        if (np is null)
        {
            return;
        }

        var afterNp = v.TokenAt(np.Value.End);
        if (v.Is(afterNp, "by") && afterNp - 1 > i + 2 && (v.W(afterNp - 1).EndsWith("ed", StringComparison.Ordinal) || PhraseScanner.IsIrregularPast(v, afterNp - 1))
            && PhraseScanner.Right(v, afterNp + 1, b) is { } issuer)
        {
            np = new TextSpan(np.Value.Start, issuer.End); // "according to the statement issued by Araji's office": the issuer belongs to the source
        }

        for (var k = i + 2; k < Math.Min(b, i + 5); k++)
        {
            if (v.In(k, RuleNouns))
            {
                return; // "withdraw the forces according to timetables set by the committees": in accordance with, not a source
            }

            if (!PhraseScanner.IsDeterminer(v, k) && !(v.IsWord(k) && !v.IsCap(k) && k + 1 < b && v.In(k + 1, RuleNouns)))
            {
                break;
            }
        }

        var before = i - 1;
        while (before >= a && v.IsPunct(before, ','))
        {
            before--;
        }

        Span<char> buffer = stackalloc char[40];
        if (before >= a && !v.IsCap(before) && CueLexicon.TryGet(PhraseScanner.Lower(v, before, buffer), out _, out _)
            && !(before < i - 1 && CueLexicon.NounLike.GetAlternateLookup<ReadOnlySpan<char>>().Contains(PhraseScanner.Lower(v, before, buffer))))
        {
            return; // "…, the sources said according to Reuters": a source chain, not a second speaker
        }

        var npEnd = v.TokenAt(np.Value.End);
        var cue = v.Span(i, i + 1);
        var leadIn = i == a || (i == a + 1 && v.IsWord(a)) || (i > a && v.IsPunct(i - 1, ',') && i - 1 == a + 1);
        (TextSpan Span, bool Direct)? content;
        if (leadIn && !v.IsPunct(npEnd, ',') && FirstComma(npEnd, Math.Min(b, npEnd + 30)) is var comma and > 0)
        {
            // "According to a civil complaint filed by the SEC, the developers …": the source runs to the comma.
            np = v.Span(i + 2, comma - 1);
            npEnd = comma;
        }

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

            // "X holds …; Y holds …, and the report says …, according to its own website": a closing source covers its own clause only.
            var from = a;
            for (var k = end; k > a; k--)
            {
                if (v.IsPunct(k, ';') && !InsideQuotation(k))
                {
                    from = k + 1;
                    break;
                }
            }

            content = end >= from ? LeftContent(s, from, end + 1, end) : null;
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

    /// <summary>
    /// The comma that closes an opening participle clause: the first one followed by a name or a pronoun, directly or
    /// after a closing quotation mark ("After saying her foot was “so swollen I could barely walk,” she …").
    /// </summary>
    private int OpeningClauseComma(int from, int to, int b)
    {
        for (var k = from; k < to; k++)
        {
            if (v.IsPunct(k, ';') || v.IsPunct(k, ':'))
            {
                return -1;
            }

            if (v.IsPunct(k, ',') && (NameOrPronounAt(k + 1, b) is not null || (v.IsQuoteMark(k + 1) && NameOrPronounAt(k + 2, b) is not null)))
            {
                return k;
            }
        }

        return -1;
    }

    private int FirstComma(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (v.IsPunct(k, ','))
            {
                return k;
            }

            if (v.IsQuoteMark(k) || v.IsPunct(k, ':') || v.IsPunct(k, ';'))
            {
                return -1;
            }
        }

        return -1;
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
            if (!(v.IsCap(last) && !v.In(last, SpeakerWords.CapitalisedFunctionWords)) && !v.In(last, SpeakerWords.SourceNouns)
                || v.Is(FirstWord(a, b), "said") || v.Is(FirstWord(a, b), "says"))
            {
                return; // "Said Ellis: “…”" is an inverted cue (found with the colon quotations), not a headline label
            }

            // "Obama on Climate Change: …" (the speaker before "on"), "A lesson from Loretta Lynch: …" (the speaker after "from").
            var speakerFrom = a;
            var speakerTo = last;
            for (var k = a; k < c - 1; k++)
            {
                if (v.Is(k, "from") && v.IsCap(k + 1))
                {
                    speakerFrom = k + 1;
                }
            }

            for (var k = a; k < c; k++)
            {
                if (v.Is(k, "on") && k > a && v.IsCap(k - 1) && speakerTo == last)
                {
                    speakerTo = k - 1;
                    continue;
                }

                if (k < speakerFrom)
                {
                    continue; // "A lesson from …": the words before "from" name the genre, not the speaker
                }

                if (k <= speakerTo && v.In(k, EditorialLabels) && !v.Is(k, "a"))
                {
                    return; // "The Latest: …", "Watch: …": an editorial label, not a speaker
                }

                if (v.IsWord(k) && !v.IsCap(k) && !v.In(k, SpeakerWords.SourceNouns) && !v.Is(k, "of") && !v.Is(k, "in") && k >= speakerFrom && k <= speakerTo)
                {
                    return; // a clause before the colon, not a name
                }

                if (v.IsPunct(k, '[') || v.IsPunct(k, '(') || v.IsPunct(k, '*'))
                {
                    return; // "[Video: …]", "(WARNING: …)": an editorial label
                }
            }

            var content = RightContent(c + 1, b);
            if (content is not null && v.CountWords(content.Value.Span) >= 3)
            {
                into.Add(new Draft
                {
                    Content = content.Value.Span, Direct = content.Value.Direct, Cue = v.Span(c, c), SpeakerSpan = v.Span(speakerFrom, speakerTo), Sentence = s,
                    Confidence = 0.6, Kind = CueKind.Speech,
                });
            }

            return;
        }
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
    private static readonly FrozenSet<string> AttitudeWords = new[]
    {
        "afraid", "sure", "convinced", "confident", "certain", "aware", "adamant", "clear", "hopeful", "worried", "concerned",
        "insistent", "incensed", "angry", "frustrated", "happy", "glad", "proud", "sorry", "optimistic", "pessimistic", "skeptical",
        "sceptical", "doubtful", "unaware", "determined", "positive", "upset", "pleased", "disappointed", "surprised", "alarmed",
        "case", "argument", "notion", "impression", "bet", "view", "belief", "position", "hope", "fear", "message",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that link a subject to an attitude adjective: "grew convinced that", "came away convinced that".</summary>
    private static readonly FrozenSet<string> BecomingVerbs = new[]
    {
        "became", "become", "becomes", "grew", "grow", "grows", "remained", "remain", "remains", "came", "come", "comes",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adjectives of certainty that take a clause without "that": "sure", "convinced", "confident".</summary>
    private static readonly FrozenSet<string> BareClauseAttitudes = new[]
    {
        "sure", "convinced", "confident", "certain", "positive", "afraid", "hopeful", "adamant",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A clause's subject opens at <paramref name="t"/>: a pronoun, an article or a name (not a preposition: "confident in").</summary>
    private bool BareClauseOpens(int t) =>
        v.IsWord(t) && (v.In(t, SpeakerWords.Pronouns) || v.Is(t, "the") || v.Is(t, "a") || v.Is(t, "an") || v.Is(t, "his") || v.Is(t, "her") || v.Is(t, "their")
            || (v.IsCap(t) && !v.In(t, SpeakerWords.CapitalisedFunctionWords)));

    /// <summary>
    /// Any verb or attitude word with a "that" clause: "X discovered that …", "X is convinced that …",
    /// "X made the case that …". The word before "that" must be a past-tense verb or an attitude word
    /// (a noun before "that" is usually a relative clause: "the deal that …").
    /// </summary>
    public void FindThatClauses(int s, List<Draft> into)
    {
        var a = v.SentenceStart[s];
        var b = v.SentenceEnd[s];
        for (var t = a + 2; t < b - 2; t++)
        {
            // "was sure the levy would pass": after an adjective of certainty the clause needs no "that".
            // A length and first-letter test settles most words before the set lookup (this loop sees every token).
            var bare = v.IsWord(t - 1) && v.W(t - 1) is { Length: >= 4 } prev && prev[0] is 's' or 'c' or 'p' or 'a' or 'h' or 'S' or 'C' or 'P' or 'A' or 'H'
                && !v.Is(t, "that") && v.In(t - 1, BareClauseAttitudes) && BareClauseOpens(t);
            if ((!v.Is(t, "that") && !bare) || InsideQuotation(t) || Covered(into, v.Tokens[t].Span))
            {
                continue;
            }

            var w = t - 1;
            var attitude = v.In(w, AttitudeWords);
            var pastVerb = v.IsWord(w) && !v.IsCap(w) && v.W(w).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && v.W(w).Length > 4
                && !PhraseScanner.IsDeterminer(v, w - 1);
            if (!attitude && !pastVerb)
            {
                continue;
            }

            var verbStart = w;
            while (verbStart - 1 >= a && v.IsWord(verbStart - 1) && !v.IsCap(verbStart - 1) && !v.In(verbStart - 1, SpeakerWords.Pronouns)
                && (v.In(verbStart - 1, SpeakerWords.VerbPrefix) || PhraseScanner.IsAdverb(v, verbStart - 1) || PhraseScanner.IsDeterminer(v, verbStart - 1)
                    || v.Is(verbStart - 1, "made") || v.Is(verbStart - 1, "make") || v.Is(verbStart - 1, "makes") || v.Is(verbStart - 1, "very")
                || ((v.In(verbStart - 1, SeemVerbs) || v.In(verbStart - 1, BecomingVerbs)) && v.In(w, AttitudeWords))))
            {
                verbStart--;
            }

            if (v.In(w, AttitudeWords) && v.Is(verbStart - 1, "away") && v.In(verbStart - 2, BecomingVerbs))
            {
                verbStart -= 2; // "came away convinced that …"
            }

            var subjectEnd = v.Is(verbStart, "to") && ControllerBefore(verbStart, a) is var controller and >= 0 ? controller : verbStart - 1; // "tried on Tuesday to make the case that"
            if (v.Is(subjectEnd, "and") && v.In(w, AttitudeWords) && ClauseSubject(a, subjectEnd) is { } shared)
            {
                subjectEnd = v.TokenAt(shared.Start); // "McConnell met with her and came away convinced that …": the named subject of the first verb
                while (subjectEnd + 1 < v.Tokens.Length && v.Tokens[subjectEnd + 1].Span.End <= shared.End)
                {
                    subjectEnd++;
                }
            }

            if (subjectEnd < a || !v.IsWord(subjectEnd) || (!v.IsCap(subjectEnd) && !v.In(subjectEnd, SpeakerWords.Pronouns) && !v.In(subjectEnd, SpeakerWords.SourceNouns)
                && !v.W(subjectEnd).EndsWith("s", StringComparison.Ordinal) && !v.W(subjectEnd).EndsWith("men", StringComparison.Ordinal)))
            {
                continue; // the subject must be able to hold a view: a name, a pronoun, people
            }

            if (v.Is(subjectEnd, "it") && v.In(w, EvidentialAdjectives))
            {
                continue; // "it was clear that …" has no source: FindEvidentials
            }

            var speaker = PhraseScanner.Left(v, subjectEnd, a);
            var content = speaker is null ? null : RightContent(bare ? t : t + 1, b);
            if (content is null)
            {
                continue;
            }

            // "it appeared that …", "it seemed that …": an impression with no source in the text.
            var expletive = v.Is(subjectEnd, "it") && subjectEnd == verbStart - 1 && v.In(w, SeemVerbs);
            into.Add(new Draft
            {
                Content = content.Value.Span, Direct = content.Value.Direct, Cue = v.Span(expletive ? subjectEnd : verbStart, w), SpeakerSpan = expletive ? null : speaker, Sentence = s,
                Confidence = 0.45, Kind = CueKind.Mind,
            });
        }
    }
}
