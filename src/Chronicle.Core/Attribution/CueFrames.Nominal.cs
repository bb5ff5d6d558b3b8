using System.Collections.Frozen;
using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution;

/// <summary>Nominal cues ("questions about X", "her plan to …") and agent nouns ("a critic of X"): their content and who holds them.</summary>
internal sealed partial class CueFrames
{
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
            var agentNoun = v.IsWord(i) && CueLexicon.AgentNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(PhraseScanner.Lower(v, i, buffer));
            if (!v.IsWord(i) || (v.IsCap(i) && !(agentNoun && i == FirstWord(a, b))) || InsideQuotation(i)
                || !(agentNoun || CueLexicon.NominalCues.GetAlternateLookup<ReadOnlySpan<char>>().Contains(PhraseScanner.Lower(v, i, buffer))))
            {
                continue;
            }

            var prep = i + 1;
            if (PhraseScanner.IsTimeWord(v, prep) && v.IsWord(prep + 1) && !v.IsCap(prep + 1))
            {
                prep++; // "Clinton's comments Tuesday on the shooting": a day between the noun and its preposition
            }

            // "Mrs. Clinton's plan would cap …": a held plan and what it would do is an intention too.
            if (v.Is(i, "plan") && (v.Is(prep, "would") || v.Is(prep, "will")) && i > a && Possessor(i - 1)
                && v.IsWord(prep + 1) && !v.IsCap(prep + 1) && FirstComma(prep + 1, b) is var planEnd)
            {
                var holder = EndsPossessive(i - 1) ? PhraseScanner.Left(v, i - 1, a) : v.Span(i - 1, i - 1);
                var contentEnd = planEnd > 0 ? planEnd - 1 : b - 1;
                while (contentEnd > prep + 1 && !v.IsWord(contentEnd))
                {
                    contentEnd--;
                }

                if (holder is not null && v.CountWords(v.Span(prep + 1, contentEnd)) >= 2 && !Covered(into, v.Span(prep + 1, contentEnd)))
                {
                    into.Add(new Draft
                    {
                        Content = v.Span(prep + 1, contentEnd), Direct = false, Cue = v.Span(i, i), SpeakerSpan = holder, Sentence = s, Confidence = 0.5,
                        Kind = CueKind.Mind, Nominal = true,
                    });
                }

                continue;
            }

            if (!agentNoun && v.Is(prep, "from") && FromHolderThenThat(prep, b) is var fromThat and > 0
                && PhraseScanner.Left(v, fromThat - 1, prep + 1) is { } fromHolder && RightContent(fromThat + 1, b) is { } warned)
            {
                // "repeated warnings from his attorney that the hearing was pointless": the one after "from" holds the claim.
                into.Add(new Draft
                {
                    Content = warned.Span, Direct = warned.Direct, Cue = v.Span(i, prep), SpeakerSpan = fromHolder, Sentence = s, Confidence = 0.5,
                    Kind = CueKind.Speech, Nominal = true,
                });
                continue;
            }

            // "His bet is that …", "the board's argument was that …": the copula and "that" open the content.
            var copula = (v.Is(prep, "is") || v.Is(prep, "was")) && v.Is(prep + 1, "that") && i > a && Possessor(i - 1);
            if (copula)
            {
                prep++;
            }
            else if (agentNoun ? !v.Is(prep, "of") : !v.IsWord(prep) || !(CueLexicon.NominalPrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(PhraseScanner.Lower(v, prep, buffer))
                || (CueLexicon.OtherNominalPrepositions.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(PhraseScanner.Lower(v, i, buffer), out var other) && v.Is(prep, other))))
            {
                continue; // "supporters of the bill"; "interest in web design" but not "message in the closing weeks"
            }

            if (v.Is(prep, "that") && !copula && (v.In(prep + 1, FollowingAuxiliaries) || (v.IsWord(prep + 1) && !v.IsCap(prep + 1) && IsFiniteOrPast(prep + 1)
                && !PhraseScanner.IsDeterminer(v, prep + 1) && !v.In(prep + 1, SpeakerWords.Pronouns))) && !CopulaThenClause(prep + 1, b))
            {
                continue; // "the warnings that have defined his campaign": "that" and a verb open a relative clause, not what was warned
            }

            if (v.Is(prep, "to") && v.In(i, AddressedNouns) || v.Is(i, "demand") && v.Is(prep, "for"))
            {
                continue; // "questions to a colleague", "a statement to reporters": "to" names the addressee; "demand for coal" is a market
            }

            if ((v.Is(i, "plan") || v.Is(i, "plans")) && !v.Is(prep, "to"))
            {
                continue; // "her plan to rebuild the pier" reports an intention; "his plans for the harbour" names a thing
            }

            if (v.Is(prep, "on") && PhraseScanner.IsTimeWord(v, prep + 1))
            {
                continue; // "his remarks on Saturday carried …": "on" dates the remarks, it names no topic
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

            if (last < start || v.CountWords(v.Span(start, last)) < 2)
            {
                continue;
            }

            var covered = Covered(into, v.Span(start, last));

            TextSpan? speaker = null;
            var before = i - 1;
            while (before >= a && (PhraseScanner.IsAdverb(v, before) || v.Is(before, "no") || v.Is(before, "such") || v.Tokens[before].Kind == TokenKind.Number
                || (v.IsPunct(before, '-') && before - 1 >= a && v.Tokens[before - 1].Kind == TokenKind.Number) || (v.IsWord(before) && !v.IsCap(before) && v.W(before).Length > 2
                && !v.In(before, SpeakerWords.LeftStops) && !PhraseScanner.IsDeterminer(v, before) && !EndsPossessive(before) && !IsGovernor(before)
                && !v.In(before, SpeakerWords.SourceNouns))))
            {
                before--; // adjectives: "serious questions", "renewed calls"
            }

            if (before > a && (v.Is(before, "a") || v.Is(before, "an")) && IsGovernor(before - 1))
            {
                before--; // "the court made a surprise decision to …": the article after a governing verb
            }

            if (agentNoun)
            {
                if (AgentNounHolder(a, b, i, end) is { } h && !covered)
                {
                    into.Add(new Draft
                    {
                        Content = v.Span(start, last), Direct = false, Cue = v.Span(i, prep), SpeakerSpan = h, Sentence = s, Confidence = 0.45, Kind = CueKind.Mind, Nominal = true,
                    });
                }

                continue;
            }

            if (before >= a && before == i - 1 && v.IsCap(before) && Demonyms.CountryOf(v.W(before)) is not null && !EndsPossessive(before))
            {
                speaker = v.Span(before, before); // "European reluctance to …", "Iraqi demands for …": the nationality holds the stance
            }
            else if (before >= a && before == i - 1 && v.In(before, SpeakerWords.SourceNouns) && !v.IsCap(before))
            {
                speaker = PhraseScanner.Left(v, before, a); // "media pronouncements that …", "voter concerns about …": the noun before is the source
            }
            else if (before >= a && (EndsPossessive(before) || v.Is(before, "his") || v.Is(before, "her") || v.Is(before, "their") || v.Is(before, "its")))
            {
                speaker = EndsPossessive(before) ? PhraseScanner.Left(v, before, a) : v.Span(before, before);
                if (!EndsPossessive(before) && before - 1 > a && (v.Is(before - 1, "in") || v.Is(before - 1, "during")) && ClauseSubject(a, before - 1) is { } named
                    && v.IsCap(v.TokenAt(named.Start)))
                {
                    speaker = named; // "Mrs. Clinton has been frank in her acknowledgment that …": the named subject holds it, "her" points back
                }
                // "contradicting the police's earlier claim that …": a claim with its holder named is a report of its own inside another content.
                covered &= !(EndsPossessive(before) && speaker is not null && v.Is(prep, "that") && InsideOtherContent(into, v.Tokens[i].Span));
            }
            else if (before >= a && IsGovernor(before))
            {
                var vg = PhraseScanner.SkipVerbPrefix(v, before - 1, a);
                if (vg >= a && v.Is(vg, "to"))
                {
                    vg = PhraseScanner.SkipVerbPrefix(v, vg - 2, a); // "began voicing concerns", "continued to raise questions"
                }

                // "Suu Kyi faced sharp criticism for …", "the plan drew complaints": the subject receives the stance; its holder is not named.
                speaker = vg >= a && !v.In(before, ReceivingGovernors) ? PhraseScanner.Left(v, vg, a) : null;
                if (speaker is null && v.IsPunct(vg, ',') && v.W(before).EndsWith("ing", StringComparison.Ordinal) && ClauseSubject(a, vg) is { } doer)
                {
                    speaker = doer; // "Trump had been tethered to a teleprompter, delivering speeches on …": the participle's subject is the clause's
                }
            }
            else if (before == i - 1 && before >= a && v.Is(before, "to") && before - 1 >= a && v.IsWord(before - 1) && !v.IsCap(before - 1))
            {
                // "continued to call for …": the noun is a verb here; its subject is before the verb that takes "to".
                var vg = PhraseScanner.SkipVerbPrefix(v, before - 2, a);
                speaker = vg >= a ? PhraseScanner.Left(v, vg, a) : null;
            }
            else if (before - 1 >= a && (v.Is(before, "a") || v.Is(before, "an")) && v.Is(before - 1, "with") && before - 2 >= a && v.IsWord(before - 2)
                && PhraseScanner.Left(v, before - 2, a) is { } bearer)
            {
                speaker = bearer; // "a student with an interest in harbour design": the noun phrase before "with" holds it
            }
            else if (before >= a && (v.Is(before, "a") || v.Is(before, "an") || v.Is(before, "in") || v.Is(before, "with")) && ClauseSubject(a, before) is { } subject)
            {
                // "Obama sounded a call for …", "Democrats persisted in arguments that …": a named or pronoun subject of the clause holding it.
                speaker = subject;
            }

            if (covered)
            {
                continue;
            }

            if (speaker is null && v.In(i, HeldAttitudes))
            {
                continue; // "views of the United States", "a plan to rule them all": an attitude held by no one named reports nothing
            }

            into.Add(new Draft
            {
                Content = v.Span(start, last), Direct = false, Cue = v.Span(i, prep), SpeakerSpan = speaker, Sentence = s, Confidence = 0.5, Kind = CueKind.Mind,
                Nominal = true,
            });
        }
    }

    /// <summary>The "that" after "from" and a short holder phrase ("warnings from his attorney that"), or -1.</summary>
    private int FromHolderThenThat(int from, int b)
    {
        if (v.Is(from + 1, "over") || v.Is(from + 1, "last") || PhraseScanner.IsTimeWord(v, from + 1))
        {
            return -1; // "a report from over the weekend that …": a time, not a holder
        }

        for (var k = from + 2; k < b && k <= from + 8; k++)
        {
            if (v.Is(k, "that"))
            {
                return OpensClause(k + 1, b) && !PhraseScanner.IsTimeWord(v, k - 1) && !v.Is(k - 1, "weekend") ? k : -1;
            }

            if (!v.IsWord(k) && !v.IsPunct(k, '.') && !v.IsPunct(k, '\''))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"one question that has emerged is whether …": after the relative clause, a copula and a clause word give the content.</summary>
    private bool CopulaThenClause(int from, int b)
    {
        for (var k = from + 1; k < b - 1 && k <= from + 6; k++)
        {
            if ((v.Is(k, "is") || v.Is(k, "was")) && (v.Is(k + 1, "whether") || v.Is(k + 1, "that") || v.Is(k + 1, "how") || v.Is(k + 1, "if")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a draft found so far has a content containing <paramref name="cue"/> (through the covered index: no scan of the article).</summary>
    private bool InsideOtherContent(List<Draft> drafts, TextSpan cue)
    {
        if (!Covered(drafts, cue))
        {
            return false; // nothing overlaps the cue, so nothing contains it
        }

        if (!ReferenceEquals(drafts, _coveredList))
        {
            return drafts.Exists(d => d.Content.Contains(cue));
        }

        return _coveredIndex.Containing(cue).Count > 0;
    }

    /// <summary>
    /// Nominal cues naming an attitude or an intention rather than an act of speech: with no holder stated they attribute
    /// nothing ("criticism of the plan" or "allegations of fraud" report that someone spoke, even unnamed).
    /// </summary>
    private static readonly FrozenSet<string> HeldAttitudes = new[]
    {
        "view", "views", "interest", "plan", "plans", "support", "decision", "willingness", "unwillingness", "determination", "threat",
        "threats", "talk", "rhetoric", "impetus", "faith", "ire", "desire", "eagerness", "reluctance", "confidence",
        "enthusiasm", "affection", "admiration", "disdain", "obsession", "fixation", "hostility", "commitment", "commitments", "stance",

    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Who holds the stance an agent noun names: the subject of a copula before it ("Graham is a staunch opponent of …",
    /// "X has been a consistent and outspoken supporter of …"); the subject after an opening appositive ("A passionate
    /// defender of RT, Mr. Schultz …", <paramref name="contentEnd"/> being its comma); else the agent noun phrase itself
    /// ("a few early supporters of the bill").
    /// </summary>
    private TextSpan? AgentNounHolder(int a, int b, int noun, int contentEnd)
    {
        var adjectiveStart = noun - 1;
        while (adjectiveStart > a && v.IsWord(adjectiveStart) && !v.IsCap(adjectiveStart) && !PhraseScanner.IsDeterminer(v, adjectiveStart)
            && (v.Is(adjectiveStart, "and") || !v.In(adjectiveStart, SpeakerWords.LeftStops)) && !v.In(adjectiveStart, BeForms))
        {
            adjectiveStart--; // "a consistent and outspoken supporter": adjectives joined by "and"
        }

        var copula = adjectiveStart >= a && (v.Is(adjectiveStart, "a") || v.Is(adjectiveStart, "an")) ? adjectiveStart - 1 : adjectiveStart;
        if (copula >= a && (v.In(copula, BeForms) || v.Is(copula, "became") || v.Is(copula, "remains")))
        {
            var subjectEnd = PhraseScanner.SkipVerbPrefix(v, copula - 1, a);
            if (subjectEnd >= a && (v.Is(subjectEnd, "who") || v.Is(subjectEnd, "which")))
            {
                return v.Span(subjectEnd, subjectEnd); // "a lawyer who is a staunch opponent of …": the relative pronoun, resolved later
            }

            if (subjectEnd >= a)
            {
                return PhraseScanner.Left(v, subjectEnd, a) ?? (v.IsPunct(subjectEnd, ',') ? Appositive(subjectEnd, a) : null);
            }
        }

        var phrase = PhraseScanner.Left(v, noun, a);
        var opensSentence = v.TokenAt(phrase?.Start ?? v.Tokens[noun].Span.Start) == FirstWord(a, b);
        return opensSentence && contentEnd < b && v.IsPunct(contentEnd, ',') ? NameOrPronounAt(contentEnd + 1, b) ?? phrase : phrase;
    }

    private static readonly FrozenSet<string> AddressedNouns = new[]
    {
        "question", "questions", "statement", "statements", "remarks", "comments", "message", "letter", "report", "reports", "complaint",
        "complaints", "speech", "talk", "talks",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
