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
internal sealed partial class CueFrames(DocView v, List<QuoteSegment> segments)
{
    private static readonly System.Collections.Frozen.FrozenSet<string> TellVerbs = new[]
    {
        "tell", "inform", "assure", "warn", "urge", "ask", "brief", "remind", "advise", "caution", "implore", "beg", "encourage", "promise", "convince", "persuade",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly System.Collections.Frozen.FrozenSet<string> ToInfinitive = new[]
    {
        "want", "hope", "plan", "expect", "intend", "seek", "aim", "promise", "pledge", "vow", "threaten", "urge", "ask", "refuse",
        "decline", "agree", "wish", "prefer", "call", "demand", "encourage", "appeal", "request", "beg", "implore", "advise",
        "warn", "caution", "remind", "tell", "instruct", "invite", "challenge", "dare", "press",
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
        var headline = IsTitleCase(a, b);
        if (!TranscriptTurn(s, a, b, into))
        {
            ColonHeadline(s, a, b, into);
        }

        AskedOpening(s, a, b, into);
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

            if (v.W(i).EndsWith("ly", StringComparison.OrdinalIgnoreCase) && v.In(i, HearsayAdverbs))
            {
                HearsayAdverb(s, b, i, into);
                continue;
            }

            // Most words are no cue at all: one lookup settles them before any frame is tried.
            var capitalised = v.IsCap(i) && !(headline && i > a);
            if ((capitalised && !(i == a && v.W(i).EndsWith("ing", StringComparison.Ordinal))) || !CueLexicon.IsCandidate(PhraseScanner.Lower(v, i, buffer)))
            {
                continue;
            }

            if (!capitalised && v.IsWord(i + 1) && PhrasalEnd(i, b, buffer) is var (phrasalEnd, phrasalLemma) && phrasalEnd > i
                && !InsideQuotation(i) && PhraseScanner.SkipVerbPrefix(v, i - 1, a) is var phrasalSubject && phrasalSubject >= a && v.IsWord(phrasalSubject)
                && (!v.In(phrasalSubject, SpeakerWords.LeftStops) || v.Is(phrasalSubject, "and") || v.Is(phrasalSubject, "but") || v.Is(phrasalSubject, "who") || v.Is(phrasalSubject, "which")
                    || (v.Is(phrasalSubject, "to") && ControllerBefore(phrasalSubject, a) >= 0 && !NounBeforeTo(phrasalSubject, a))) // "attempted to make the case …"
                && (v.IsWord(phrasalEnd + 1) || (v.IsQuoteMark(phrasalEnd + 1) && SegmentOpeningAt(phrasalEnd + 1) is not null)) // "used the phrase “…”"
                && (phrasalLemma != "vote" || v.Is(i, "voted")) // a vote cast is a stance; "would you vote for her?" is not yet
                && TryPreposed(s, a, b, i, phrasalEnd, phrasalLemma, CueKind.Action, into, before))
            {
                i = phrasalEnd; // "is doubling down on his attacks", "went after the senator", "took aim at the plan"
                continue;
            }

            // An opening participle ("Citing a theory, Trump …") is capitalised only because it opens the sentence.
            var openingParticiple = i == a && !headline && v.W(i).EndsWith("ing", StringComparison.Ordinal)
                && (FirstComma(i + 1, Math.Min(b, i + 30)) > 0 || OpeningClauseComma(i + 1, Math.Min(b, i + 30), b) > 0); // "Bemoaning the “phony system,” Trump …"
            if ((capitalised && !openingParticiple) || !CueLexicon.TryGet(PhraseScanner.Lower(v, i, buffer), out var lemma, out var kind))
            {
                continue; // reporting verbs are lowercase ("The Washington Post", "United States" are names), except in title-case headlines
            }

            // "backed Clinton", "backing the government": a past or -ing form before a name or a determiner needs no "for".
            var backedObject = lemma == "back" && !v.Is(i, "back") && !v.Is(i, "backs")
                && (v.IsCap(i + 1) || PhraseScanner.IsDeterminer(v, i + 1) || v.Is(i + 1, "by") || v.Is(i + 1, "one") || v.Is(i + 1, "both") || v.Is(i + 1, "either"));
            // "44 percent would back Trump": after a modal the bare form is the verb too ("went back Tuesday" is no backing).
            backedObject |= v.Is(i, "back") && i > a && v.In(i - 1, Modals) && v.IsCap(i + 1) && !v.In(i + 1, SpeakerWords.CapitalisedFunctionWords);
            // "blamed the shootings on bias": blame takes "on" as well as "for".
            var blamedOn = lemma == "blame" && OnWithin(i + 1, Math.Min(b, i + 10));
            // "signed the legislation", "signed an agreement to allow …": a signed act or accord is a stance without "for".
            var signedAct = lemma == "sign" && PhraseScanner.IsDeterminer(v, i + 1) && SignedDocumentWithin(i + 2, Math.Min(b, i + 5));
            if (CueLexicon.NeedsFor.Contains(lemma) && !backedObject && !blamedOn && !signedAct && !ForWithin(i + 1, Math.Min(b, i + 10)))
            {
                continue;
            }

            if (lemma is "push" or "press" && !(v.Is(i + 1, "for") || (PhraseScanner.IsAdverb(v, i + 1) && v.Is(i + 2, "for"))))
            {
                continue; // "pushed hard for a vote" is advocacy; "pushed the mound to make room for more" is not
            }

            if (i > a && (v.Is(i - 1, "more") || v.Is(i - 1, "most") || v.Is(i - 1, "less") || v.Is(i - 1, "very") || v.Is(i - 1, "too")))
            {
                continue; // "more detailed": an adjective
            }

            if (v.W(i).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && v.Is(i + 1, "by") && (i == a || !v.In(i - 1, SpeakerWords.Pronouns)) && !v.Is(i - 1, "has") && !v.Is(i - 1, "have") && !v.Is(i - 1, "had"))
            {
                if (IsPassiveParticiple(i, a))
                {
                    PassiveWithAgent(s, a, b, i, into); // "The story was first reported by The Post"
                }
                else if ((kind == CueKind.Action || CueLexicon.ObjectVerbs.Contains(lemma) || lemma is "echo" or "desire" or "prefer" or "recommend") && lemma is not ("publish" or "release"))
                {
                    // Not "an interview published by the faction's media arm": a publication names where words appeared (the chain's business).
                    ReducedPassiveAct(s, a, b, i, into); // "a record penalty imposed by the bureau", "a view echoed by everyone", "the levels desired by NATO"
                }

                continue; // "the issue reported by The Post": a reduced passive, the chain is found by VenueAndChain
            }

            var afterAdverb = PhraseScanner.IsAdverb(v, i + 1) ? i + 2 : i + 1; // "spoke emotionally of"
            if (lemma is "speak" or "talk" && !(v.Is(afterAdverb, "about") || v.Is(afterAdverb, "of") || v.Is(afterAdverb, "on") || v.Is(i + 1, "out") || AddresseeThenTopic(i + 1, b) > 0
                || v.Is(i + 1, "against") || v.Is(i + 1, "that") || v.IsPunct(i + 1, ':') || v.IsQuoteMark(i + 1) || v.IsPunct(i + 1, ',') || v.IsPunct(i + 1, '.')))
            {
                continue; // "spoke for five minutes" reports no content
            }

            if (lemma is "speak" or "talk" && v.Is(afterAdverb, "on") && PhraseScanner.IsTimeWord(v, afterAdverb + 1))
            {
                continue; // "spoke on Monday": a day, not a topic
            }

            if (lemma == "compare" && (v.Is(i + 1, "with") || v.Is(i + 1, "to")))
            {
                continue; // "…, compared with 11 percent": a preposition; "X compared Y to Z" has its object first
            }

            if (InsideQuotation(i))
            {
                continue; // "we hope …" inside a quotation is the speaker's words, not the article's attribution
            }

            if (v.Is(i, "said") && i > a && v.Is(i - 1, "having") && v.Is(i + 1, "that") && v.IsPunct(i + 2, ','))
            {
                continue; // "Having said that, …": a connective, not a report
            }

            if (i > a && v.Is(i - 1, "worth") && v.W(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                continue; // "It is worth noting that …": the writer's aside, no one else's report
            }

            if (lemma == "report" && v.Is(i + 1, "from") && v.IsCap(i + 2))
            {
                continue; // "Jane Roe reported from Kabul, and …": a reporter's credit line, not a report of anything
            }

            if (v.Is(i, "regarding") || (v.Is(i, "hearing") && !(i > a && (v.Is(i - 1, "after") || v.Is(i - 1, "upon") || v.Is(i - 1, "on") || v.Is(i - 1, "while")
                || v.Is(i - 1, "without") || v.In(i - 1, BeForms) || v.In(i - 1, SpeakerWords.Pronouns)))))
            {
                continue; // "regarding black youth unemployment" is a preposition; "the second committee hearing" a noun
            }

            if (lemma == "debate" && !((PhraseScanner.IsDeterminer(v, i + 1) && !v.IsCap(i + 1)) || v.In(i + 1, WhWords)))
            {
                continue; // "have long debated the salience of …", "debated whether …"; not "debated Obama four times", "presidential debates"
            }

            if (lemma == "sing" && !(v.IsQuoteMark(i + 1) || v.IsCap(i + 1) || (PhraseScanner.IsDeterminer(v, i + 1) && !v.Is(i + 1, "to")) || v.IsQuoteMark(i - 2)))
            {
                continue; // "sang “American Skin”", "sings Springsteen's song", "“…,” Blige sings to Clinton"; not "sang at church every week", "sings to Clinton before asking …"
            }

            if (lemma is "hear" or "see" && v.IsWord(i + 1) && PerceivedDoing(i + 1) && CueLexicon.TryGet(PhraseScanner.Lower(v, i + 1, buffer), out _, out _))
            {
                continue; // "can be heard yelling that …": the yelling is the report, not the hearing
            }

            if (lemma == "aim" && !(v.Is(i + 1, "to") || (PhraseScanner.IsAdverb(v, i + 1) && v.Is(i + 2, "to"))))
            {
                continue; // "aims to rely less on …" is an intention; "attacks aimed at driving them out", "aiming a gun" are not
            }

            if (lemma == "identify" && v.Is(i + 1, "with"))
            {
                continue; // "we identified with the others": a feeling of kinship, no report
            }

            if (lemma == "paint" && !AsWithin(i + 1, Math.Min(b, i + 10)))
            {
                continue; // only "painted him as …" reports a portrayal ("painting her face on game days" does not)
            }

            if (i - 2 >= a && v.IsWord(i - 1) && v.W(i - 1).EndsWith("est", StringComparison.Ordinal) && v.W(i - 1).Length > 4 && PhraseScanner.IsDeterminer(v, i - 2))
            {
                continue; // "the biggest decline", "the latest report": a noun after a superlative
            }

            if (lemma == "like" && !(v.Is(i + 1, "to") && ((i > a && v.Is(i - 1, "would")) || v.Is(i, "likes") || v.Is(i, "liked"))))
            {
                continue; // only "would like to …", "likes to …" state a wish or a taste; "like" is mostly a preposition
            }

            if (v.Is(i, "known") && v.Is(i + 1, "as"))
            {
                continue; // "the bill, known as the “Harbour Act”": a name given by no one in the text (FindSeemFrames reads it)
            }

            if (lemma == "vote" && !VoteThenInfinitive(i, b))
            {
                continue; // only "voted (Thursday) (19-15) to …" decides something; "the black vote" is a noun ("voted for/against" is phrasal)
            }

            if (lemma is "continue" or "read" && !(v.IsPunct(i + 1, ':') || (v.IsPunct(i + 1, ',') && v.IsQuoteMark(i + 2)) || v.IsQuoteMark(i + 1)
                || i + 1 >= b || (v.IsPunct(i + 1, '.') && i + 2 >= b)))
            {
                continue; // only "X continued: “…”" and "“…,” she continued." report speech ("“…,” the letter reads.")
            }

            if (lemma == "add" && !(v.Is(i + 1, "that") || v.IsPunctuation(i + 1) || i + 1 >= b || v.In(i + 1, SpeakerWords.RightStops) || PhraseScanner.IsTimeWord(v, i + 1)
                || (v.IsCap(i + 1) && i > a && (v.IsPunct(i - 1, ',') || v.IsQuoteMark(i - 1))) // "“…,” added Rep. Jim Clyburn
                || (v.In(i + 1, SpeakerWords.Pronouns) && LooksLikeClause(i + 1, b))
                || (PhraseScanner.IsDeterminer(v, i + 1) && v.In(i + 2, AddedWords)))) // "added the words “…”", "added a note of caution"
            {
                continue; // "add fuel to", "added two seats": only "added (that) …" and "…, he added" report speech
            }

            var cueEnd = i;
            var strictSubject = false;
            if (CueLexicon.NeedsParticle.TryGetValue(lemma, out var particles))
            {
                var ok = false;
                // "called Friday for", "pointed repeatedly to": a day or an adverb may sit before the particle.
                var particleAt = PhraseScanner.IsTimeWord(v, i + 1) || PhraseScanner.IsAdverb(v, i + 1) ? i + 2 : i + 1;
                foreach (var p in particles)
                {
                    if (v.Is(particleAt, p))
                    {
                        ok = true;
                        break;
                    }
                }

                if (ok)
                {
                    cueEnd = particleAt;
                }
                else if (lemma == "see" && AsWithin(i + 2, Math.Min(b, i + 10)))
                {
                    // "see reauthorization of the program as an opportunity": the object sits between verb and "as".
                }
                else if (lemma == "call" && !v.IsPunctuation(i + 1) && !v.In(i + 1, CallPrepositions) && (!v.IsCap(i + 1) || QuoteMarkWithin(i + 1, Math.Min(b, i + 10)) || NameThenArticle(i + 1, b)))
                {
                    strictSubject = true; // "she called the deal 'a disaster'", not "a group called X"
                }
                else if (lemma == "call" && v.IsQuoteMark(i + 1) && ObjectRelativeBeforeSubject(i, a))
                {
                    strictSubject = true; // "the levy, which Tim Cook called “a political stunt”": the object stands before the subject
                }
                else
                {
                    continue;
                }
            }

            if (lemma is "convince" or "persuade" && (v.Is(cueEnd + 1, "that") || v.Is(cueEnd + 1, "of") || v.IsPunctuation(cueEnd + 1)))
            {
                continue; // "came away convinced that …", "convinced of": the adjective, which the stance frame reads
            }

            if (i - 1 > a && (v.Is(i - 1, "last") || v.Is(i - 1, "first") || v.Is(i - 1, "latest") || v.Is(i - 1, "earlier")) && EndsPossessive(i - 2) && !IsPronounContraction(i - 2))
            {
                continue; // "the fund's last estimate", "her first call": an adjective between a possessive and the cue makes it a noun
            }

            if (i > a && ((PhraseScanner.IsDeterminer(v, i - 1) && !v.Is(i - 1, "to") && !(v.Is(i - 1, "each") && v.IsPunct(i - 2, ','))) || (InfinitiveTo(i) is var to0 and >= 0 && ((ControllerBefore(to0, a) < 0 && ObjectControllerBefore(to0, a) < 0) || InsideOpenedQuotation(i))) || (EndsPossessive(i - 1) && !IsPronounContraction(i - 1))) && !v.Is(i - 1, "that"))
            {
                continue; // "the report", "his plans", "Obama's remarks", "to say": not a reporting verb here
            }

            if (IsPassiveParticiple(i, a))
            {
                if (TryPassive(s, a, b, i, cueEnd, into))
                {
                    i = cueEnd; // "it was reported that …"
                    continue;
                }

                // "it was labeled “Mostly True”": the subject of a passive is what is judged, never the source.
                JudgedPassive(s, b, i, lemma, into);
                PassiveWithAgent(s, a, b, i, into);
                continue; // "was told", "were warned": the subject is the addressee
            }

            var nounLike = CueLexicon.NounLike.GetAlternateLookup<ReadOnlySpan<char>>().Contains(PhraseScanner.Lower(v, i, buffer));
            if (nounLike && (VerbFollows(cueEnd + 1, buffer) || (v.Is(cueEnd + 1, "such") && v.Is(cueEnd + 2, "as")) || (v.Is(cueEnd + 1, "that") && v.In(cueEnd + 2, FollowingAuxiliaries))))
            {
                continue; // "campaign reports found …", "the plans were …", "advocates such as …", "rules that could …": a noun, not a verb
            }

            if (nounLike || strictSubject)
            {
                // Before "that"/"to" a plural subject makes the verb reading clear ("experts fear that"), not an adjective ("greatest fear that").
                var subjectEnd = PhraseScanner.SkipVerbPrefix(v, i - 1, a);
                // "rules that promise to …" is a noun and its relative clause: "that" must open a clause of its own.
                var clearVerb = ((v.Is(cueEnd + 1, "that") && OpensClause(cueEnd + 2, b)) || v.Is(cueEnd + 1, "to")) && subjectEnd >= a && v.IsWord(subjectEnd)
                    && v.W(subjectEnd).EndsWith("s", StringComparison.Ordinal) && !(subjectEnd > a && (v.Is(subjectEnd - 1, "a") || v.Is(subjectEnd - 1, "an"))); // not "A Curious Plan to …"
                // "Another slide shows that eight of 10 …": "that" opening a clause (not a relative "that aired") makes the verb reading clear.
                clearVerb |= v.Is(cueEnd + 1, "that") && i > a && !PhraseScanner.IsDeterminer(v, i - 1) && OpensClause(cueEnd + 2, b);
                // "you know when it's worth …", "I wonder why …": a pronoun subject and a question word make the verb reading clear.
                clearVerb |= subjectEnd >= a && v.In(subjectEnd, SpeakerWords.Pronouns) && !v.Is(subjectEnd, "it") && v.In(cueEnd + 1, WhWords) && kind == CueKind.Mind;
                // "call them “lone wolves”", "called him a genius": an object pronoun right after makes the verb reading clear.
                clearVerb |= subjectEnd >= a && v.IsWord(subjectEnd) && !PhraseScanner.IsDeterminer(v, subjectEnd) && !v.Is(subjectEnd, "to")
                    && (v.Is(cueEnd + 1, "him") || v.Is(cueEnd + 1, "them") || v.Is(cueEnd + 1, "her") && !v.IsWord(cueEnd + 2) || v.Is(cueEnd + 1, "us") || v.Is(cueEnd + 1, "me"));
                // "… proposes X, and plans to …", "said … and called it …": a verb coordinated with an earlier cue of the sentence.
                // The word after must open a complement: "and state election offices" is a noun phrase, not a report.
                var coordinated = subjectEnd > a && (v.Is(subjectEnd, "and") || v.Is(subjectEnd, "but")) && (EarlierSubject(before, into, i) is not null || RelativeBeforeConjunction(subjectEnd, a) >= 0)
                    && (PhraseScanner.IsDeterminer(v, cueEnd + 1) || v.Is(cueEnd + 1, "that") || v.In(cueEnd + 1, SpeakerWords.Pronouns) || v.IsQuoteMark(cueEnd + 1)
                        || v.IsPunct(cueEnd + 1, ':') || v.IsCap(cueEnd + 1) || v.In(cueEnd + 1, ObjectPronouns));
                // "led the journalist to fear …": after an object-controlled "to" only a verb can follow.
                // "seemed to think …", "tried to blame …": after a subject-controlled "to" as well.
                var controlledTo = InfinitiveTo(i) is var to1 and >= 0 && (ControllerBefore(to1, a) >= 0 || ObjectControllerBefore(to1, a) >= 0);
                // "The interests of member states trump …": a bare noun after "of" before a plural form makes a compound noun, not a subject and its verb.
                var compoundAfterOf = subjectEnd - 1 >= a && v.Is(subjectEnd - 1, "of") && v.IsWord(subjectEnd) && !v.IsCap(subjectEnd) && v.W(i).EndsWith("s", StringComparison.Ordinal)
                    && !v.In(subjectEnd, SpeakerWords.Pronouns) && !v.W(subjectEnd).EndsWith("s", StringComparison.Ordinal);
                var speaking = clearVerb || coordinated || controlledTo || (SpeakingSubjectBefore(i, a) && !compoundAfterOf);
                // "…, a new analysis of the filings shows.": a sentence-final cue after a speaking subject closes a postposed frame.
                var finalCue = v.IsPunct(cueEnd + 1, '.') && cueEnd + 2 >= b && !strictSubject && (speaking || HasSourceNoun(subjectEnd, a));
                speaking |= finalCue;
                // "continues to insist, most recently in an interview, that …": a parenthetical between the cue and its "that".
                var parentheticalThat = v.IsPunct(cueEnd + 1, ',') && v.Is(SkipToComplement(cueEnd + 1, b), "that");
                if (!speaking || (v.IsPunctuation(cueEnd + 1) && !v.IsQuoteMark(cueEnd + 1) && !v.IsPunct(cueEnd + 1, ':') && !finalCue && !parentheticalThat))
                {
                    continue;
                }
            }

            // "continue to ignore the reality …": a controlled infinitive has its controller's subject before it.
            var controlledAct = i > a && InfinitiveTo(i) is var to2 and >= 0 && ControllerBefore(to2, a) is var actor and >= 0 && v.IsWord(actor) && !v.Is(actor, "to");
            if (kind == CueKind.Action && !((SpeakingSubjectBefore(i, a) || controlledAct) && v.IsWord(i + 1) && !v.In(i + 1, SpeakerWords.RightStops)
                && !PhraseScanner.IsTimeWord(v, i + 1) && !PhraseScanner.IsAdverb(v, i + 1) && (!v.W(i + 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || IngAdjective(i + 1))))
            {
                continue; // an act reports a stance only with its actor before it and an object after it ("the poll released Friday" is neither)
            }

            if (TryPassive(s, a, b, i, cueEnd, into)
                || TryPostposed(s, a, b, i, cueEnd, lemma, kind, into)
                || TryParticiple(s, a, b, i, cueEnd, lemma, kind, into, before)
                || TryPreposed(s, a, b, i, cueEnd, lemma, kind, into, before))
            {
                i = cueEnd;
            }
        }
    }

    /// <summary>Token <paramref name="k"/> is a finite verb: an auxiliary, or a reporting verb in its -s or past form that is no noun.</summary>
    private bool VerbFollows(int k, Span<char> buffer)
    {
        if (!v.IsWord(k) || v.IsCap(k))
        {
            return false;
        }

        if (v.In(k, FollowingAuxiliaries))
        {
            return true;
        }

        var w = v.W(k);
        if (v.W(k - 1).EndsWith("s", StringComparison.Ordinal) && v.In(k, ProvisionVerbForms) && !w.EndsWith("s", StringComparison.Ordinal))
        {
            return true; // "DNC rules permit members to …": a plural noun and the base form of a rule verb
        }

        if (!(w.EndsWith("s", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal) || PhraseScanner.IsIrregularPast(v, k)))
        {
            return false;
        }

        var lower = PhraseScanner.Lower(v, k, buffer);
        return CueLexicon.TryGet(lower, out _, out _) && !CueLexicon.NounLike.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }

    /// <summary>Auxiliaries and modals: each opens a finite predicate ("campaign reports found", "…, met the mayor", "…, were among").</summary>
    private static readonly FrozenSet<string> FollowingAuxiliaries = new[]
    {
        "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"imposed sweeping new sanctions": an -ing word before another plain word of the same noun phrase is an adjective, not a gerund.</summary>
    private bool IngAdjective(int k) =>
        v.IsWord(k + 1) && !v.IsCap(k + 1) && (!PhraseScanner.IsDeterminer(v, k + 1) || v.Is(k + 1, "new")) && !v.In(k + 1, SpeakerWords.LeftStops) && !v.In(k + 1, SpeakerWords.Pronouns)
        && !v.In(k + 1, ObjectPronouns) && !v.W(k + 1).EndsWith("ly", StringComparison.Ordinal) && (v.IsWord(k + 2) || v.IsPunct(k + 2, '.') || v.IsPunct(k + 2, ','));

    /// <summary>"voted to", "voted Thursday to", "voted 19-15 along party lines, to": a vote's infinitive after at most a day, a tally and a manner phrase.</summary>
    private bool VoteThenInfinitive(int i, int b) => VoteInfinitive(i, b) >= 0;

    /// <summary>The "to" of a vote's infinitive (see <see cref="VoteThenInfinitive"/>), or -1.</summary>
    private int VoteInfinitive(int i, int b)
    {
        if (i == 0 || PhraseScanner.IsDeterminer(v, i - 1) || EndsPossessive(i - 1))
        {
            return -1;
        }

        for (var k = i + 1; k < Math.Min(b, i + 8); k++)
        {
            if (v.Is(k, "to"))
            {
                return v.IsWord(k + 1) && !PhraseScanner.IsDeterminer(v, k + 1) ? k : -1;
            }

            if (!(v.IsWord(k) && !v.IsCap(k) && !PhraseScanner.IsDeterminer(v, k)) && v.Tokens[k].Kind != TokenKind.Number && !v.IsPunct(k, ',') && !v.IsPunct(k, '-')
                && !PhraseScanner.IsTimeWord(v, k))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"to me about the elections", "with the mayor on the budget": the index of the topic preposition after an addressee, or -1.</summary>
    private int AddresseeThenTopic(int p, int b)
    {
        if (!v.Is(p, "to") && !v.Is(p, "with"))
        {
            return -1;
        }

        for (var k = p + 1; k < Math.Min(b, p + 10); k++)
        {
            if (v.IsPunctuation(k) && !v.IsPunct(k, '.') && !v.IsPunct(k, '-'))
            {
                return -1;
            }

            if (k > p + 1 && (v.Is(k, "about") || v.Is(k, "on")) && !v.IsCap(k) && !PhraseScanner.IsTimeWord(v, k + 1))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>"called into the radio show", "called back", "called in sick": a preposition after "call" means phoning or summoning, not naming.</summary>
    private static readonly FrozenSet<string> CallPrepositions = new[]
    {
        "into", "in", "at", "to", "from", "with", "back", "up", "off", "around", "over", "by", "as",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The last token of a phrasal cue starting at <paramref name="i"/> ("doubled down on") and its verb's lemma, or (-1, "").</summary>
    private (int End, string Lemma) PhrasalEnd(int i, int b, Span<char> buffer)
    {
        if (v.W(i).Length < 2 || !CueLexicon.TryGetPhrasal(PhraseScanner.Lower(v, i, buffer), out var lemma))
        {
            return (-1, "");
        }

        foreach (var tail in CueLexicon.PhrasalTailWords[lemma])
        {
            var k = i + 1;
            var ok = true;
            foreach (var word in tail)
            {
                if (k > i + 1 && k + 1 < b && PhraseScanner.IsTimeWord(v, k) && v.Is(k + 1, word))
                {
                    k++; // "weighed in Friday about": a day inside the phrase
                }

                if (k >= b || !v.Is(k, word))
                {
                    ok = false;
                    break;
                }

                k++;
            }

            if (ok)
            {
                return (k - 1, lemma);
            }
        }

        return (-1, "");
    }

    private static readonly FrozenSet<string> EditorialLabels = new[]
    {
        "clarification", "correction", "update", "updated", "editor", "note", "watch", "video", "photos", "related", "read", "more", "breaking",
        "live", "warning", "exclusive", "analysis", "opinion", "q", "a", "latest", "editorial", "transcript", "photo", "photos", "graphic",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A transcript turn: a paragraph opening with a speaker label in capitals and a colon ("WALLACE: Let's start
    /// with …"). The content is the rest of the paragraph; cues inside it are the speaker's words.
    /// </summary>
    private bool TranscriptTurn(int s, int a, int b, List<Draft> into)
    {
        for (var first = a; first < b; first++)
        {
            if (!v.IsWord(first) || !char.IsUpper(v.Text[v.Tokens[first].Span.Start]) || !IsAllCaps(first) || !AtLineStart(v.Tokens[first].Span.Start))
            {
                continue;
            }

            var k = first;
            while (k < b && k - first < 4 && v.IsWord(k) && IsAllCaps(k) && !v.In(k, EditorialLabels))
            {
                k++;
            }

            if (k == first || k >= b - 1 || !v.IsPunct(k, ':'))
            {
                return false;
            }

            // The turn runs to the end of its paragraph (the line).
            var lineEnd = v.Text.IndexOf('\n', v.Tokens[k].Span.End);
            var content = TrimEnd(new TextSpan(v.Tokens[k + 1].Span.Start, lineEnd < 0 ? v.Text.Length : lineEnd), false);
            if (content is not { } c || v.CountWords(c.Span) < 3)
            {
                return false;
            }

            into.Add(new Draft
            {
                Content = c.Span, Direct = false, Cue = v.Span(k, k), SpeakerSpan = v.Span(first, k - 1), Sentence = s, Confidence = 0.7,
                Kind = CueKind.Speech, Frames = true, Turn = true,
            });
            return true;
        }

        return false;
    }

    /// <summary>Only spaces and an opening quotation mark between the line start and <paramref name="pos"/>.</summary>
    private bool AtLineStart(int pos)
    {
        var k = pos - 1;
        while (k >= 0 && (v.Text[k] is ' ' or '\t' || QuoteScanner.IsQuoteChar(v.Text[k])))
        {
            k--;
        }

        return k < 0 || v.Text[k] is '\n' or '\r';
    }

    private bool IsAllCaps(int k)
    {
        var w = v.W(k);
        var letters = 0;
        foreach (var ch in w)
        {
            if (char.IsLower(ch))
            {
                return false;
            }

            letters += char.IsLetter(ch) ? 1 : 0;
        }

        return letters >= 2;
    }

    /// <summary>Adverbs that mark a statement as someone else's, unnamed: "reportedly", "allegedly".</summary>
    private static readonly FrozenSet<string> HearsayAdverbs = new[]
    {
        "reportedly", "allegedly", "purportedly", "supposedly", "presumably", "rumoredly",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "The mayor allegedly ignored three warnings": the adverb attributes the rest of its clause to a source
    /// the text does not name. Before a reporting verb ("reportedly told aides") the verb's own frame reports it.
    /// </summary>
    private void HearsayAdverb(int s, int b, int i, List<Draft> into)
    {
        var p = i + 1;
        while (p < b && (v.IsPunct(p, ',') || PhraseScanner.IsAdverb(v, p)))
        {
            p++;
        }

        Span<char> buffer = stackalloc char[40];
        if (p >= b || !v.IsWord(p) || CueLexicon.TryGet(PhraseScanner.Lower(v, p, buffer), out _, out var kind) && kind != CueKind.Action || InsideQuotation(i))
        {
            return;
        }

        var content = RightContent(p, b);
        if (content is { } c && !Covered(into, c.Span))
        {
            into.Add(new Draft { Content = c.Span, Direct = c.Direct, Cue = v.Span(i, i), Sentence = s, Confidence = 0.5, Kind = CueKind.Report });
        }
    }

    /// <summary>"to continue until election day, with both the mayor and his wife expected to …": the content ends before an absolute "with" phrase.</summary>
    private TextSpan BeforeAbsoluteWith(TextSpan content)
    {
        var first = v.TokenAt(content.Start);
        for (var k = first + 1; k < v.Tokens.Length && v.Tokens[k].Span.End <= content.End; k++)
        {
            if (v.IsPunct(k, ',') && v.Is(k + 1, "with") && !InsideQuotation(k))
            {
                for (var p = k + 2; p < k + 12 && p < v.Tokens.Length && v.Tokens[p].Span.End <= content.End && v.IsWord(p); p++)
                {
                    if (!v.IsCap(p) && (v.W(p).EndsWith("ed", StringComparison.Ordinal) || v.W(p).EndsWith("ing", StringComparison.Ordinal)) && p > k + 2)
                    {
                        return CutBefore(content, k);
                    }
                }
            }
        }

        return content;
    }

    /// <summary>"heralded plans to go after …", "the plans to …": the word before "to" is a noun here, not a controlling verb.</summary>
    private bool NounBeforeTo(int to, int a) =>
        to - 2 >= a && v.IsWord(to - 2) && (PhraseScanner.IsDeterminer(v, to - 2) || v.In(to - 2, SpeakerWords.PossessivePronouns)
            || (v.W(to - 2).EndsWith("ed", StringComparison.Ordinal) && v.W(to - 1).EndsWith("s", StringComparison.Ordinal)));

    private bool SignedDocumentWithin(int from, int to)
    {
        for (var k = from; k < to && v.IsWord(k); k++)
        {
            if (v.In(k, SignedDocuments))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What is signed as an act: "signed the bill", "signed an agreement", "signed an executive order".</summary>
    private static readonly FrozenSet<string> SignedDocuments = new[]
    {
        "bill", "bills", "law", "laws", "legislation", "agreement", "agreements", "accord", "accords", "treaty", "treaties", "order", "orders",
        "deal", "pledge", "petition", "letter", "measure", "resolution", "declaration", "memorandum", "ceasefire", "truce", "decree",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>What one adds in speech or writing: "added the words …", "added a note of caution", "added a caveat".</summary>
    private static readonly FrozenSet<string> AddedWords = new[]
    {
        "words", "word", "line", "lines", "note", "caveat", "warning", "comment", "remark", "qualifier", "footnote", "postscript", "plea",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that name or grade what they are said of: in the passive their complement is the judgement ("was labeled a failure").</summary>
    private static readonly FrozenSet<string> LabelVerbs = new[]
    {
        "label", "dub", "brand", "rate", "consider", "deem", "describe", "characterize", "characterise", "portray", "view", "see", "regard",
        "call", "judge", "hail", "tout", "paint",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "X was accused of …", "X has been criticized for …": a judgement in the passive, its source not in
    /// the text (unless "by Y" names it, which the chain stage keeps). The content is what follows the preposition.
    /// </summary>
    private void JudgedPassive(int s, int b, int i, string lemma, List<Draft> into)
    {
        var prep = i + 1;
        // "Ronald Reagan was once asked how the Cold War would end": the question put to the subject, by someone not named.
        if (lemma == "ask" && v.In(prep, WhWords) && !v.Is(prep, "which") && !v.Is(prep, "who") && RightContent(prep, b) is { } question && !Covered(into, question.Span))
        {
            into.Add(new Draft { Content = question.Span, Direct = question.Direct, Cue = v.Span(i, i), Sentence = s, Confidence = 0.5, Kind = CueKind.Speech });
            return;
        }

        // "X is expected to win", "she is said to have left", "it is believed to be": a raising passive with no source.
        var raising = lemma is "expect" or "say" or "believe" or "think" or "report" or "know" or "consider" or "rumor" or "rumour" or "understand" or "estimate"
            && v.Is(prep, "to") && v.IsWord(prep + 1) && !v.IsCap(prep + 1);
        if (raising)
        {
            // "Although North Korea is not thought to be capable of …, it is considered …": the opening clause ends at its comma.
            if (RightContent(prep, b) is { } infinitive && BeforeAbsoluteWith(infinitive.Span) is var whole
                && (OpeningClauseCut((whole, infinitive.Direct), v.SentenceStart[s], b, i)?.Span ?? whole) is var inf && !Covered(into, inf))
            {
                into.Add(new Draft { Content = inf, Direct = infinitive.Direct, Cue = v.Span(i, i), Sentence = s, Confidence = 0.5, Kind = CueKind.Mind });
            }

            return;
        }

        if (LabelVerbs.Contains(lemma) && !v.Is(prep, "as") && !v.Is(prep, "by") && v.IsWord(prep) is var word
            && (v.IsQuoteMark(prep) || (word && (PhraseScanner.IsDeterminer(v, prep) || !(v.IsCap(prep) || v.In(prep, SpeakerWords.LeftStops) || v.In(prep, SpeakerWords.RightStops) || PhraseScanner.IsTimeWord(v, prep))))))
        {
            // "was labeled “Mostly True”", "is widely considered the favourite": the complement is the judgement;
            // "has been called a charlatan by fellow physicians": a "by" phrase after it names who judged.
            var complement = RightContent(prep, b);
            if (complement is not { } c || Covered(into, c.Span))
            {
                return;
            }

            TextSpan? agent = null;
            var judged = c.Span;
            if (!c.Direct)
            {
                for (var k = prep + 1; k < b && v.Tokens[k].Span.End <= c.Span.End; k++)
                {
                    if (v.IsPunct(k, ','))
                    {
                        break;
                    }

                    if (v.Is(k, "by") && PhraseScanner.Right(v, k + 1, b) is { } by && k - 1 >= prep)
                    {
                        var agentEnd = v.TokenAt(by.End) - 1;
                        for (var e = k + 2; e <= agentEnd; e++)
                        {
                            if (v.Is(e, "for") || v.Is(e, "over") || v.Is(e, "because") || v.Is(e, "with"))
                            {
                                by = v.Span(k + 1, e - 1); // "by fellow physicians for promoting …": the reason is not the agent
                                break;
                            }
                        }

                        agent = by;
                        judged = v.Span(prep, k - 1);
                        break;
                    }
                }
            }

            if (lemma != "call" || c.Direct || agent is not null)
            {
                into.Add(new Draft { Content = judged, Direct = c.Direct, Cue = v.Span(i, i), SpeakerSpan = agent, Sentence = s, Confidence = 0.5, Kind = CueKind.Speech });
            }

            return;
        }

        if (!(CueLexicon.ObjectVerbs.Contains(lemma) || LabelVerbs.Contains(lemma)) || !(v.Is(prep, "of") || v.Is(prep, "for") || v.Is(prep, "as")))
        {
            return;
        }

        var content = RightContent(prep + 1, b);
        if (content is null || Covered(into, content.Value.Span))
        {
            return;
        }

        into.Add(new Draft { Content = content.Value.Span, Direct = content.Value.Direct, Cue = v.Span(i, prep), Sentence = s, Confidence = 0.5, Kind = CueKind.Speech });
    }

    /// <summary>
    /// "The story was first reported by The Post", "Lindqvist is backed by the union": a passive with its
    /// agent. The source is the agent after "by"; the content is the subject.
    /// </summary>
    private void PassiveWithAgent(int s, int a, int b, int i, List<Draft> into)
    {
        if (!v.Is(i + 1, "by"))
        {
            return;
        }

        var agent = PhraseScanner.Right(v, i + 2, b);
        var be = i - 1;
        while (be >= a && !v.In(be, BeForms))
        {
            be--;
        }

        var subjectEnd = PhraseScanner.SkipVerbPrefix(v, be - 1, a);
        if (subjectEnd - 2 > a && v.IsPunct(subjectEnd, ',') && v.IsPunct(subjectEnd - 2, ',') && v.IsWord(subjectEnd - 1) && !v.IsCap(subjectEnd - 1))
        {
            subjectEnd -= 3; // "Lind, meanwhile, is backed by …": a parenthetical adverb between subject and verb
        }

        var subject = subjectEnd >= a ? PhraseScanner.Left(v, subjectEnd, a) : null;
        if (agent is null || subject is null || v.Is(v.TokenAt(subject.Value.Start), "it") || Covered(into, subject.Value))
        {
            return;
        }

        into.Add(new Draft { Content = subject.Value, Direct = false, Cue = v.Span(i, i + 1), SpeakerSpan = agent, Sentence = s, Confidence = 0.45, Kind = CueKind.Speech });
    }

    private static readonly FrozenSet<string> FindingDocuments = new[]
    {
        "poll", "polls", "survey", "surveys", "study", "studies", "report", "analysis", "review", "audit", "census", "ranking", "index",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "She did not receive a bump in one of the first post-debate polls", "Lind leads by six points in a new survey
    /// of likely voters": a closing "in" phrase naming a poll or a study is the source of the clause before it.
    /// </summary>
    public void FindDocumentClosings(int s, List<Draft> into)
    {
        var a = v.SentenceStart[s];
        var b = v.SentenceEnd[s];
        var first = FirstWord(a, b);
        if (first < b && v.Is(first, "in"))
        {
            return; // an opening "In <poll>," is FindDocumentOpenings' frame
        }

        for (var k = first + 3; k < b - 1; k++)
        {
            if (!v.Is(k, "in") || v.IsCap(k) || InsideQuotation(k))
            {
                continue;
            }

            var end = k + 1;
            var document = false;
            while (end < b && end - k <= 12 && !v.IsPunct(end, ',') && !v.IsPunct(end, ';') && !(v.IsPunct(end, '.') && end + 1 >= b))
            {
                document |= v.In(end, FindingDocuments) && end - k <= 7;
                end++;
            }

            var start = k - 1;
            while (start > first && start > k - 40 && !v.IsPunct(start - 1, ',') && !v.IsPunct(start - 1, ';') && !v.IsPunct(start - 1, ':'))
            {
                start--; // bounded: a very long "sentence" (a list, a scrape without stops) costs no more per "in"
            }

            if (!document || end - 1 <= k || v.CountWords(v.Span(start, k - 1)) < 3 || !HasFiniteVerbOrPast(start, k - 1)
                || v.Is(k - 1, "percent") || v.IsPunct(k - 1, '%') || v.Tokens[k - 1].Kind == TokenKind.Number)
            {
                continue; // "declined from 58 percent in the last poll to 55 percent": the poll dates a figure, it reports no clause
            }

            var content = v.Span(start, k - 1);
            if (!Covered(into, content))
            {
                into.Add(new Draft
                {
                    Content = content, Direct = false, Cue = v.Span(k, k), SpeakerSpan = v.Span(k + 1, end - 1), Sentence = s, Confidence = 0.45, Kind = CueKind.Report,
                });
            }

            return;
        }
    }

    /// <summary>The tokens from <paramref name="from"/> to <paramref name="to"/> hold a verb: an auxiliary or a past form (a clause, not a noun phrase).</summary>
    private bool HasFiniteVerbOrPast(int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            if (v.IsWord(k) && !v.IsCap(k) && (v.W(k).EndsWith("ed", StringComparison.Ordinal) || v.Is(k, "did") || v.Is(k, "does") || v.Is(k, "is") || v.Is(k, "was")
                || v.Is(k, "are") || v.Is(k, "were") || v.Is(k, "has") || v.Is(k, "had") || v.Is(k, "leads") || v.Is(k, "led") || v.Is(k, "trails") || v.Is(k, "won")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "In the latest poll, Lind leads by six points", "In a new study, …": an opening phrase naming a poll or a
    /// study is the source of the clause after its comma (the cue is "In"), unless a cue of the clause already reports it.
    /// </summary>
    public void FindDocumentOpenings(int s, List<Draft> into)
    {
        var a = v.SentenceStart[s];
        var b = v.SentenceEnd[s];
        var first = FirstWord(a, b);
        if (first >= b || !v.Is(first, "in"))
        {
            return;
        }

        var comma = first + 1;
        var document = false;
        while (comma < b && comma - first <= 14 && !v.IsPunct(comma, ','))
        {
            document |= v.In(comma, FindingDocuments);
            comma++;
        }

        if (!document || comma >= b || !v.IsPunct(comma, ',') || RightContent(comma + 1, b) is not { } content || Covered(into, content.Span))
        {
            return;
        }

        into.Add(new Draft
        {
            Content = content.Span, Direct = content.Direct, Cue = v.Span(first, first), SpeakerSpan = v.Span(first + 1, comma - 1), Sentence = s,
            Confidence = 0.5, Kind = CueKind.Report,
        });
    }

    /// <summary>
    /// "Asked about the bridge, the mayor said …", "Asked whether …,": a question put to the speaker; the
    /// content is the question, up to the comma; the asker is not in the text.
    /// </summary>
    private void AskedOpening(int s, int a, int b, List<Draft> into)
    {
        var first = FirstWord(a, b);
        if (first >= b || !v.Is(first, "asked") || !v.IsCap(first))
        {
            return;
        }

        var start = first + 1;
        if (v.Is(start, "about") || v.Is(start, "on") || v.Is(start, "if"))
        {
            start++;
        }

        var end = start;
        while (end < b && !v.IsPunct(end, ','))
        {
            end++;
        }

        if (end >= b || end - start < 2)
        {
            return;
        }

        into.Add(new Draft { Content = v.Span(start, end - 1), Direct = false, Cue = v.Span(first, first), Sentence = s, Confidence = 0.5, Kind = CueKind.Speech });
    }

    /// <summary>
    /// Quotations introduced by a colon after a clause that is not a reporting verb ("The paper used her
    /// words as its headline: “…”", "the campaign has a new message: “…”"): the subject of that clause
    /// is the source, the words from its verb to the colon the cue. Also "As X put it, …".
    /// </summary>
    public void FindColonQuotes(int s, List<Draft> into)
    {
        var a = v.SentenceStart[s];
        var b = v.SentenceEnd[s];
        for (var c = a + 2; c < b - 1; c++)
        {
            if (v.Is(c, "put") && v.Is(c + 1, "it") && AsPutIt(s, a, b, c, into))
            {
                return;
            }

            var doubleHyphen = v.IsPunct(c, '-') && v.IsPunct(c - 1, '-'); // "Mitt Romney -- ''…''": two hyphens for a dash
            if ((v.IsDash(c) || doubleHyphen) && v.IsQuoteMark(c + 1) && SegmentOpeningAt(c + 1) is { } dashed && !InsideQuotation(c)
                && NameBeforeDash(doubleHyphen ? c - 2 : c - 1, a) is { } quoted)
            {
                // "including the former candidate Mitt Romney -- ''It is disqualifying …'' --": the name the dash follows says it.
                into.Add(new Draft
                {
                    Content = dashed.Content, Direct = true, Cue = v.Span(c, c), SpeakerSpan = quoted, Sentence = s, Confidence = 0.5, Kind = CueKind.Speech,
                });
                continue;
            }

            if (!v.IsPunct(c, ':') || !v.IsQuoteMark(c + 1) || SegmentOpeningAt(c + 1) is not { } seg || Covered(into, seg.Content) || InsideQuotation(c))
            {
                continue;
            }

            AddColonQuote(s, a, c, seg, into);
        }

        // "Said Ellis: “…”", "Added the mayor, “…”": an inverted cue opening the sentence, its speaker, then the quotation.
        var opening = FirstWord(a, b);
        if (opening + 2 < b && (v.Is(opening, "said") || v.Is(opening, "added") || v.Is(opening, "says") || v.Is(opening, "adds")) && v.IsCap(opening))
        {
            var nameEnd = opening + 1;
            while (nameEnd + 1 < b && v.IsWord(nameEnd + 1) && !v.IsPunct(nameEnd + 1, ','))
            {
                nameEnd++;
            }

            if ((v.IsPunct(nameEnd + 1, ':') || v.IsPunct(nameEnd + 1, ',')) && v.IsQuoteMark(nameEnd + 2) && SegmentOpeningAt(nameEnd + 2) is { } said
                && !Covered(into, said.Content) && nameEnd - opening <= 6)
            {
                into.Add(new Draft
                {
                    Content = said.Content, Direct = true, Cue = v.Span(opening, opening), SpeakerSpan = v.Span(opening + 1, nameEnd), Sentence = s, Confidence = 0.8,
                    Kind = CueKind.Speech,
                });
            }
        }

        // "Sanders made the following comment: ¶ “For young people …”": the quotation opens the next paragraph.
        var end = b - 1;
        if (end > a + 1 && v.IsPunct(end, ':') && s + 1 < v.Sentences.Length && v.SentenceStart[s + 1] is var next && v.IsQuoteMark(next)
            && SegmentOpeningAt(next) is { } block && !Covered(into, block.Content) && !InsideQuotation(end))
        {
            AddColonQuote(s, a, end, block, into);
        }
    }

    /// <summary>A person's name of two or more capitalised words ending at <paramref name="end"/> (titles and initials allowed), or null.</summary>
    private TextSpan? NameBeforeDash(int end, int a)
    {
        var start = end;
        while (start - 1 >= a && (v.IsCap(start - 1) || (v.IsPunct(start - 1, '.') && v.IsCap(start - 2))) && !v.In(start - 1, SpeakerWords.CapitalisedFunctionWords))
        {
            start--;
        }

        return end - start >= 1 && v.IsCap(start) && v.IsCap(end) && !v.In(start, SpeakerWords.CapitalisedFunctionWords) && start > a ? v.Span(start, end) : null;
    }

    /// <summary>"X told reporters: “…”": the subject before the colon says the quotation; the cue runs from its verb to the colon.</summary>
    private void AddColonQuote(int s, int a, int c, QuoteSegment seg, List<Draft> into)
    {
        for (var k = c - 2; k > a; k--)
        {
            if (v.Is(k, "that") && (NameOrPronounAt(k + 1, c) is not null || (PhraseScanner.IsDeterminer(v, k + 1) && !v.Is(k + 1, "that"))))
            {
                a = k + 1; // "She became so upset that I had to change my answer: “…”": the clause before the colon has its own subject
                break;
            }
        }

        if (SubjectOf(a, c) is not { } sp)
        {
            return;
        }

        var verb = FirstWord(v.TokenAt(sp.End), c);
        if (verb >= c || !v.IsWord(verb) || v.IsCap(verb))
        {
            return; // "Local sources: “…”" is a headline colon; a subject alone reports nothing
        }

        into.Add(new Draft
        {
            Content = seg.Content, Direct = true, Cue = v.Span(verb, c), SpeakerSpan = sp, Sentence = s, Confidence = 0.5, Kind = CueKind.Speech,
        });
    }

    private static readonly FrozenSet<string> SeemVerbs = new[] { "seem", "seems", "seemed", "appear", "appears", "appeared" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "The plan seems to have stalled", "Melania appears to have left": an impression the article reports
    /// without a source (PARC-style evidentials). The content is the infinitive.
    /// </summary>
    private static readonly FrozenSet<string> EvidentialAdjectives = new[]
    {
        "clear", "unclear", "obvious", "apparent", "evident", "likely", "unlikely", "certain", "uncertain", "doubtful", "plain", "undeniable",
        "possible", "impossible", "conceivable", "inevitable", "true",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "It was clear that …", "it's obvious that …", "Nor is it clear that …": a judgement the article reports
    /// with no source in the text (PARC-style). The cue runs from "it" to the adjective.
    /// </summary>
    public void FindEvidentials(int s, List<Draft> into)
    {
        var a = v.SentenceStart[s];
        var b = v.SentenceEnd[s];
        for (var t = a + 1; t < b - 2; t++)
        {
            if (!v.Is(t + 1, "that") || !v.In(t, EvidentialAdjectives) || v.IsCap(t) || InsideQuotation(t))
            {
                continue;
            }

            // Back over adverbs and the verb to "it": "it was (not yet) clear", "it's obvious", "is it clear".
            var k = t - 1;
            while (k >= a && (PhraseScanner.IsAdverb(v, k) || v.In(k, SpeakerWords.VerbPrefix) || PhraseScanner.IsNegatedAux(v, k) || v.Is(k, "so")
                || v.Is(k, "seems") || v.Is(k, "seemed") || v.Is(k, "remains") || v.Is(k, "remained") || v.Is(k, "became") || v.Is(k, "becomes")))
            {
                if (v.Is(k, "it"))
                {
                    break;
                }

                k--;
            }

            var it = k >= a && (v.Is(k, "it") || v.Is(k, "it's") || v.Is(k, "it\u2019s"));
            if (!it && !(k >= a && v.Is(k + 1, "it") && v.In(k, BeForms)))
            {
                continue;
            }

            var content = RightContent(t + 1, b);
            if (content is not { } c || Covered(into, c.Span))
            {
                continue;
            }

            into.Add(new Draft { Content = c.Span, Direct = c.Direct, Cue = v.Span(k, t), Sentence = s, Confidence = 0.45, Kind = CueKind.Mind });
        }
    }

    private static readonly FrozenSet<string> ImpressionVerbs = new[]
    {
        "seem", "seems", "seemed", "appear", "appears", "appeared", "looks",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Drawing on home equity seems too risky", "That looks unlikely", "RT can seem like just another outlet": an
    /// impression with an adjective or "like" complement and no source in the text (PARC-style). The content is the
    /// subject and its complement, the cue the verb; "seems to me" names who has the impression.
    /// </summary>
    private bool ImpressionWithComplement(int s, int a, int b, int i, List<Draft> into)
    {
        if (!v.IsWord(i) || v.W(i) is not { Length: >= 4 } w || !(w[0] is 's' or 'a' or 'l') || !v.In(i, ImpressionVerbs) || v.IsCap(i) || InsideQuotation(i)
            || !v.IsWord(i + 1) || v.Is(i + 1, "to") || v.Is(i + 1, "that"))
        {
            return false;
        }

        var like = v.Is(i + 1, "like") || (v.Is(i + 2, "like") && PhraseScanner.IsAdverb(v, i + 1));
        var adjective = !like && IsAdjectiveComplement(i + 1, b);
        if (!like && !adjective)
        {
            return false;
        }

        var subjectEnd = PhraseScanner.SkipVerbPrefix(v, i - 1, a);
        if (subjectEnd < a || !v.IsWord(subjectEnd) || v.Is(subjectEnd, "it") || PhraseScanner.Left(v, subjectEnd, a) is not { } subject)
        {
            return false; // "it seems likely that …" is FindEvidentials' frame
        }

        var end = i + 1;
        while (end < b && end < i + 40 && !v.IsPunct(end, ',') && !v.IsPunct(end, ';') && !v.IsPunct(end, '.') && !v.Is(end, "because") && !v.Is(end, "but"))
        {
            end++;
        }

        var last = end - 1;
        while (last > i && !v.IsWord(last))
        {
            last--;
        }

        var content = new TextSpan(subject.Start, v.Tokens[last].Span.End);
        if (last <= i || Covered(into, content))
        {
            return false;
        }

        // "seems credible to me": the one who has the impression.
        TextSpan? holder = null;
        for (var k = i + 1; k < last; k++)
        {
            if (v.Is(k, "to") && (v.Is(k + 1, "me") || v.Is(k + 1, "us") || v.Is(k + 1, "him") || v.Is(k + 1, "her") || v.Is(k + 1, "them")))
            {
                holder = v.Span(k + 1, k + 1);
                break;
            }
        }

        into.Add(new Draft { Content = content, Direct = false, Cue = v.Span(i, i), SpeakerSpan = holder, Sentence = s, Confidence = 0.4, Kind = CueKind.Mind });
        return true;
    }

    /// <summary>An adjective (or adverb + adjective) opening a complement: "too risky", "unlikely", "somewhat phony"; not a noun phrase or a verb.</summary>
    private bool IsAdjectiveComplement(int k, int b)
    {
        if (v.Is(k, "too") || v.Is(k, "so") || v.Is(k, "very") || v.Is(k, "more") || v.Is(k, "less") || v.Is(k, "increasingly") || PhraseScanner.IsAdverb(v, k))
        {
            k++;
        }

        if (k >= b || !v.IsWord(k) || v.IsCap(k) || PhraseScanner.IsDeterminer(v, k) || v.In(k, SpeakerWords.LeftStops) || v.In(k, SpeakerWords.Pronouns))
        {
            return false;
        }

        var w = v.W(k);
        return w.EndsWith("able", StringComparison.Ordinal) || w.EndsWith("ible", StringComparison.Ordinal) || w.EndsWith("ous", StringComparison.Ordinal)
            || w.EndsWith("ive", StringComparison.Ordinal) || w.EndsWith("ful", StringComparison.Ordinal) || w.EndsWith("less", StringComparison.Ordinal)
            || w.EndsWith("ent", StringComparison.Ordinal) || w.EndsWith("ant", StringComparison.Ordinal) || w.EndsWith("ic", StringComparison.Ordinal)
            || w.EndsWith("al", StringComparison.Ordinal) || w.EndsWith("ly", StringComparison.Ordinal) || w.EndsWith("ky", StringComparison.Ordinal)
            || w.EndsWith("ny", StringComparison.Ordinal) || w.EndsWith("ear", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal)
            || v.In(k, EvidentialAdjectives) || v.Is(k, "good") || v.Is(k, "bad") || v.Is(k, "true") || v.Is(k, "false") || v.Is(k, "right") || v.Is(k, "wrong");
    }

    public void FindSeemFrames(int s, List<Draft> into)
    {
        Span<char> seemBuffer = stackalloc char[40];
        var a = v.SentenceStart[s];
        var b = v.SentenceEnd[s];
        for (var i = a + 1; i < b - 2; i++)
        {
            if (ImpressionWithComplement(s, a, b, i, into))
            {
                continue;
            }

            if (!v.In(i, SeemVerbs) || v.IsCap(i) || !v.Is(i + 1, "to") || !v.IsWord(i + 2) || v.IsCap(i + 2) || PhraseScanner.IsDeterminer(v, i + 2) || InsideQuotation(i))
            {
                continue;
            }

            if (CueLexicon.TryGet(PhraseScanner.Lower(v, i + 2, seemBuffer), out _, out var verbKind) && verbKind != CueKind.Action && !v.Is(i - 1, "it"))
            {
                continue; // "Anderson seemed to think …", "Stumpf appeared to blame …": the verb's frame names who thinks
            }

            var content = RightContent(i + 1, b);
            if (content is { } c && !Covered(into, c.Span))
            {
                into.Add(new Draft { Content = c.Span, Direct = c.Direct, Cue = v.Span(i, i), Sentence = s, Confidence = 0.4, Kind = CueKind.Mind });
            }
        }

        // "(also) known as Myanmar", "the so-called school choice movement": a name someone gives, no source in the text.
        for (var i = a; i < b - 1; i++)
        {
            var knownAs = v.Is(i, "known") && v.Is(i + 1, "as") && !v.IsCap(i);
            var soCalled = v.Is(i, "so-called");
            if (!(knownAs || soCalled) || InsideQuotation(i))
            {
                continue;
            }

            var from = knownAs ? i + 2 : i + 1;
            if (from + 1 < b && PhraseScanner.IsDeterminer(v, from) && v.IsQuoteMark(from + 1))
            {
                from++; // "known as the “Harbour Safety Act”": the article before a quoted name
            }

            if (from < b && v.IsQuoteMark(from))
            {
                from++;
            }

            var name = PhraseScanner.Right(v, from, b);
            if (name is { } n && v.CountWords(n) <= 8 && !Covered(into, n))
            {
                into.Add(new Draft { Content = n, Direct = false, Cue = v.Span(i, knownAs ? i + 1 : i), Sentence = s, Confidence = 0.4, Kind = CueKind.Speech });
            }
        }
    }

    /// <summary>"and expects …", "but warned …": a conjunction before a verb form starts a second predicate of the subject.</summary>
    private bool CoordinatedVerb(int k)
    {
        if (!(v.Is(k, "and") || v.Is(k, "but")) || !v.IsWord(k + 1) || v.IsCap(k + 1))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[40];
        var w = v.W(k + 1);
        return (CueLexicon.TryGet(PhraseScanner.Lower(v, k + 1, buffer), out _, out _) && (w.EndsWith("s", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal)))
            || v.Is(k + 1, "is") || v.Is(k + 1, "was") || v.Is(k + 1, "has") || v.Is(k + 1, "will") || v.Is(k + 1, "would")
            || PhraseScanner.IsIrregularPast(v, k + 1); // "became interested in poverty and began raising money"
    }

    /// <summary>The sentence subject when it is a name or a pronoun and no comma or clause boundary lies between it and <paramref name="limit"/>.</summary>
    private TextSpan? ClauseSubject(int a, int limit)
    {
        var start = SkipOpeningAdjunct(a, limit);
        for (var k = start; k < limit; k++)
        {
            if (v.IsPunct(k, ',') || v.IsPunct(k, ';') || v.Is(k, "that") || v.Is(k, "which") || v.Is(k, "who") || v.Is(k, "because") || v.Is(k, "but"))
            {
                return null;
            }
        }

        var subject = SubjectOf(a, limit);
        if (subject is not { } sp)
        {
            return null;
        }

        var first = v.TokenAt(sp.Start);
        // "Mr." and "Mrs." open names although they are listed with the capitalised function words.
        return v.In(first, SpeakerWords.Pronouns) && !v.Is(first, "it") || (v.IsCap(first) && (!v.In(first, SpeakerWords.CapitalisedFunctionWords) || v.In(first, SpeakerWords.Titles))) ? sp : null;
    }

    private static readonly FrozenSet<string> Governors = new[]
    {
        "raised", "raise", "raises", "expressed", "express", "expresses", "voiced", "voice", "voices", "renewed", "renew", "repeated",
        "reiterated", "made", "make", "makes", "issued", "issue", "issues", "shared", "share", "dismissed", "rejected", "echoed",
        "has", "have", "had", "fueled", "fuelled", "sparked", "prompted", "drew", "drawn", "faced", "faces", "face", "amid",
        "raising", "expressing", "voicing", "renewing", "repeating", "reiterating", "making", "issuing", "sharing", "showing", "shows",
        "showed", "show", "sounded", "sounding", "sound", "offered", "offering", "offers", "gave", "giving", "gives", "lent", "lending",
        "dismissing", "rejecting", "echoing", "airing", "aired", "stated", "stating", "signed", "reached", "extracted", "struck", "negotiated",
        "signing", "reaching", "striking", "negotiating", "delivered", "delivering", "delivers", "deliver", "restricted", "restricts", "limited", "limits",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private bool IsGovernor(int k) => v.In(k, Governors);

    private static readonly FrozenSet<string> ReceivingGovernors = new[]
    {
        "faced", "faces", "face", "drew", "drawn", "sparked", "prompted", "fueled", "fuelled", "amid",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // The contents of the drafts found so far, filed as they are added (the finders only append to their
    // list and never change a content), so "is this span already reported?" costs a few blocks, not the article.
    private readonly SpanBuckets _coveredIndex = new();

    private List<Draft>? _coveredList;

    private int _coveredCount;

    private bool Covered(List<Draft> drafts, TextSpan span)
    {
        _coveredList ??= drafts; // one CueFrames per article, one draft list
        if (!ReferenceEquals(drafts, _coveredList) || drafts.Count < _coveredCount)
        {
            return CoveredByScan(drafts, span); // another list: no index for it
        }

        for (; _coveredCount < drafts.Count; _coveredCount++)
        {
            _coveredIndex.Add(drafts[_coveredCount].Content);
        }

        return _coveredIndex.AnyOverlapping(span);
    }

    private static bool CoveredByScan(List<Draft> drafts, TextSpan span)
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

    /// <summary>A title-case headline ("Graham Says Trump Could …"): most words capitalised and no closing period.</summary>
    private bool IsTitleCase(int a, int b)
    {
        int words = 0, caps = 0;
        for (var k = a; k < b; k++)
        {
            if (v.IsWord(k) && v.Tokens[k].Kind == TokenKind.Word)
            {
                words++;
                caps += v.IsCap(k) ? 1 : 0;
            }
        }

        // A closing period is allowed when nearly every word is capitalised ("…, Senator Says.").
        return words >= 4 && (caps * 10 >= words * 7 && !v.IsPunct(b - 1, '.') || caps * 10 >= words * 9);
    }
}
