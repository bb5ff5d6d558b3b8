using Chronicle.Core.Events.Lexicon;
using Chronicle.Core.Events.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Events;

/// <summary>The modality of one trigger and whether it is negated.</summary>
internal readonly record struct ModalityReading(Modality Modality, bool Negated);

/// <summary>
/// Reads an event's modality from its clause, so that reported speech and counterfactuals never
/// become facts. Evidence, strongest first: a condition ("if", "unless") → conditional; possibility
/// ("could", "may") → hypothetical; negation ("did not agree", "no withdrawal") → denied and negated;
/// an explicit denial verb → denied; a governing trigger ("agreed to withdraw" → planned, "demands
/// troops leave" → demanded, "threatened to impose" → conditional, "refused to" → denied); deontic
/// words ("must", "the need to") → demanded; future and intention ("will", "plans to", "timetable")
/// → planned; an unconfirmed report anywhere in the sentence ("reportedly", "claimed that") →
/// reported-unconfirmed; otherwise occurred. Nouns read the auxiliaries that follow them too ("the
/// meeting will be held").
/// </summary>
internal static class ModalityResolver
{
    private const int PostWindow = 5;

    // A governor reaches its complement, not the rest of a long clause: "agreement to withdraw",
    // "demands US troops leave", but not "warnings … intensified in July after the US carried out a strike".
    private const int GovernReach = 10;

    // Cues act on the verb phrase they sit in: "will hold a meeting", "did not agree to withdraw".
    private const int CueWindow = 8;

    public static ModalityReading Resolve(SentenceFrame frame, TriggerMatch match, IReadOnlyList<(TriggerMatch Match, ModalityReading Reading)> earlier)
    {
        var view = frame.View;
        var clause = frame.Clauses.IndexOf(match.First);
        var clauseStart = frame.Clauses.Start(clause);
        var clauseEnd = frame.Clauses.End(clause);
        var cues = new CueFlags();

        // Conditions open their clause: "if the talks fail", "unless Baghdad acts".
        if (Cues.Conditional.Contains(view.Word(clauseStart)))
        {
            cues.Conditional = true;
        }

        // A cue belongs to the first trigger after it: in "had not agreed to release", "not" negates
        // the agreeing; the release inherits through the governor, it is not itself negated.
        var windowStart = Math.Max(clauseStart, match.First - CueWindow);
        foreach (var (m, _) in earlier)
        {
            if (m.Last < match.First && m.Last >= windowStart)
            {
                windowStart = m.Last + 1;
            }
        }

        for (var t = windowStart; t < match.First; t++)
        {
            if (StartsNewConjunct(view, t, match.First))
            {
                // "so that they don't remain and the attacks keep happening": the negation stays with
                // the first conjunct; the attacks are not negated.
                cues = new CueFlags { Conditional = cues.Conditional };
                continue;
            }

            Read(view, t, ref cues);
        }

        // Negation inside a multi-word trigger ("did not hold … talks" is rare, "hold no talks" is not).
        for (var t = match.First + 1; t < match.Last; t++)
        {
            cues.Negated |= Cues.IsNegator(view.Word(t));
        }

        if (match.Entry.Nominal || IsNounUse(view, match.First, clauseStart))
        {
            // "the disarmament of the rest of the fighters is to follow": the noun's verb comes after its "of" phrase.
            var from = view.Is(match.Last + 1, "of") ? PredicateAfterOf(view, match.Last + 1, clauseEnd) : match.Last + 1;
            for (var t = from; t < clauseEnd && t <= from + PostWindow - 1; t++)
            {
                var w = view.Word(t);
                if (w is "that" or "which" or "who" or "of" or "on" or "against" or "in" or "," || view.IsPunct(t))
                {
                    break;
                }

                ReadAuxiliary(w, t == match.Last + 1, ref cues);
                if (w is "to" && view.Word(t - 1) is "is" or "are" or "was" or "were")
                {
                    cues.Planned = true; // "the handover is to begin": a schedule, not a deed
                }
            }
        }

        // Unconfirmed reports colour what follows them in the sentence: "according to media reports, …", "claimed that …".
        for (var t = frame.First; t < match.First; t++)
        {
            if (Cues.Reported.Contains(view.Word(t)))
            {
                cues.Reported = true;
                break;
            }
        }

        // "with the remainder departing by the end of 2026": a deadline ahead of a non-past verb is a plan.
        if (!IsPast(view.Word(match.First)) && DeadlineAfter(frame, match.Last, clauseEnd))
        {
            cues.Planned = true;
        }

        var governor = Governor(frame, match, clause, earlier);
        var own = Combine(cues, governor);

        // "followed by disarmament and a withdrawal of fighters": a noun coordinated with the trigger just before shares its modality.
        if (own == Modality.Occurred && match.Entry.Nominal && CoordinatedWith(view, match.First, earlier) is { } partner && partner.Match.Entry.Nominal)
        {
            own = partner.Reading.Modality;
        }
        if (own == Modality.Occurred && match.Entry.Self is { } self)
        {
            own = self;
        }

        if (own == Modality.Occurred && IsFutureReferencePoint(view, match, clauseStart))
        {
            own = Modality.Planned;
        }

        // "will be implemented according to a timetable agreed between the two parties": a participle right after
        // the plan it qualifies tells what was done to the plan, whatever is said of the plan's future.
        if (!match.Entry.Nominal && match.First == match.Last && view.Word(match.First).EndsWith("ed", StringComparison.Ordinal)
            && (Cues.PlanNouns.Contains(view.Word(match.First - 1)) || view.Word(match.First - 1) is "deal" or "agreement" or "accord")
            && !cues.Negated)
        {
            return new ModalityReading(Modality.Occurred, false);
        }

        // "if ongoing negotiations do not produce a deal": what is ongoing is happening, whatever its clause says of it.
        if (match.Entry.Nominal && IsOngoing(view, match.First))
        {
            return new ModalityReading(Modality.Occurred, false);
        }

        return new ModalityReading(own, cues.Negated);
    }

    private static bool PastRelative(DocumentView view, int that) =>
        view.Word(that + 1) is "had" or "was" or "were" || (view.Word(that + 2) is "had" or "was" or "were" && !view.IsPunct(that + 1));

    /// <summary>"ongoing negotiations", "the continuing US-Iraq talks": names and compounds may stand between.</summary>
    private static bool IsOngoing(DocumentView view, int first)
    {
        var t = first - 1;
        for (var skipped = 0; skipped < 4 && view.InRange(t) && (view.IsCapitalized(t) || view.Is(t, "-") || view.Word(t).Contains('-')); skipped++)
        {
            t--; // "ongoing U.S.-Iraq negotiations"
        }

        return view.Word(t) is "ongoing" or "continuing";
    }

    /// <summary>
    /// "demanded an end to these attacks", "called for a halt to the strikes": what is to end is going on; "the
    /// cancellation of Iraq's request": what is to be undone exists.
    /// </summary>
    private static bool AfterAnEndTo(DocumentView view, int first)
    {
        var t = first - 1;
        if (view.Word(t) is "the" or "these" or "those" or "all" or "any")
        {
            t--;
        }

        if (view.Is(t, "to") && view.Word(t - 1) is "end" or "halt" or "stop")
        {
            return true;
        }

        // "called for the cancellation of Iraq's formal request", "the lifting of the sanctions": what is to be
        // undone exists; a possessive or an adjective or two may stand between.
        for (var k = first - 1; k >= first - 5 && k > 0; k--)
        {
            if (view.Is(k, "of"))
            {
                return view.Word(k - 1) is "cancellation" or "repeal" or "revocation" or "suspension" or "lifting" or "termination" or "reversal";
            }

            if (view.Word(k) is "and" or "or" or "," || view.IsPunct(k) && !view.Is(k, "'s") && !view.Is(k, "\u2019s"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"following the (unclaimed) assassination", "since the attack", "after last week's strike".</summary>
    public static bool AfterPastReference(DocumentView view, int first)
    {
        var t = first - 1;
        for (var skipped = 0; skipped < 2 && view.InRange(t) && !view.IsPunct(t) && !view.IsCapitalized(t) && view.Word(t) is not ("the" or "a" or "an" or "following" or "after" or "since"); skipped++)
        {
            t--; // adjectives: "the unclaimed assassination", "the deadly attack"
        }

        return view.Word(t) is "the" or "a" or "an" or "last" or "recent" && view.Word(t - 1) is "following" or "after" or "since";
    }

    private static readonly WordSet TemporalPrepositions = WordSet.Of("after", "before", "until", "following", "till");

    private static readonly WordSet FutureModals = WordSet.Of("will", "would", "could", "may", "might", "can", "should", "shall", "'ll");

    /// <summary>
    /// "could see some troops remain … after the drawdown", "talks will resume before the handover": an
    /// event named as the time of something still to come is itself still to come. True for a noun right
    /// after "after/before/until the" when its clause has a future or modal auxiliary before it.
    /// </summary>
    private static bool IsFutureReferencePoint(DocumentView view, TriggerMatch match, int clauseStart)
    {
        var at = match.First - 1;
        if (!match.Entry.Nominal || !(view.Is(at, "the") || view.Is(at, "a") || view.Is(at, "any")) || !TemporalPrepositions.Contains(view.Word(at - 1)))
        {
            return false;
        }

        for (var t = clauseStart; t < at - 1; t++)
        {
            if (FutureModals.Contains(view.Word(t)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The modality passed down by the nearest governing trigger in the clause, or in the clause a "that" complement hangs from.</summary>
    private static Modality? Governor(SentenceFrame frame, TriggerMatch match, int clause, IReadOnlyList<(TriggerMatch Match, ModalityReading Reading)> earlier)
    {
        var view = frame.View;
        var clauseStart = frame.Clauses.Start(clause);

        // "a deal that had reached during the meetings": a "that" followed by a finite past auxiliary opens a
        // relative clause telling what happened, not the content of a plan.
        var complementOf = view.Is(clauseStart, "that") && clause > 0 && !PastRelative(view, clauseStart) ? clause - 1 : -1;
        if (view.Word(match.First - 1) is "and" or "or" or "but" or "then")
        {
            return null; // coordinated, not governed: "rejected the resolution and threatened …"
        }

        if ((match.Entry.Nominal && AfterPastReference(view, match.First)) || AfterAnEndTo(view, match.First))
        {
            return null; // "threatened retaliation following the assassination": a past reference point, not what is threatened
        }

        for (var i = earlier.Count - 1; i >= 0; i--)
        {
            var (m, reading) = earlier[i];
            var c = frame.Clauses.IndexOf(m.First);
            if (m.Entry.Governs is not { } governs || (c != clause && c != complementOf) || match.First - m.Last > GovernReach)
            {
                continue;
            }

            // A governing noun reaches what its complement opens ("agreement to withdraw", "deal with X to
            // leave"); a noun followed by its verb is a subject: "the agreement follows months of talks".
            if (m.Entry.Nominal && !NounComplements.Contains(view.Word(m.Last)) && !NounComplements.Contains(view.Word(m.Last + 1)))
            {
                continue;
            }

            // A finite verb between them starts another predicate: "a committee formed to discuss a
            // withdrawal had reached an agreement" — the agreement is not what is discussed.
            if (c == clause && HasAuxiliary(view, m.Last + 1, match.First))
            {
                return null;
            }

            // "denied any involvement in the attack": the attack itself is not what is denied.
            if (governs == Modality.Denied && DeniesOnlyInvolvement(view, m.Last))
            {
                return null;
            }

            // Talks govern their topic, not a deed of theirs: "declined to discuss any deal" denies the talking,
            // not the deal (a demand for talks still passes on: "the need to begin negotiations to secure a withdrawal").
            if (m.Entry.Type == EventTypes.Consult && reading.Modality == Modality.Denied)
            {
                return governs;
            }

            // A governor that is itself denied, hypothetical or conditional passes that on.
            return reading.Modality is Modality.Occurred or Modality.ReportedUnconfirmed ? governs : Stronger(reading.Modality, governs);
        }

        return null;
    }

    private static readonly WordSet NounComplements = WordSet.Of(
        "to", "on", "over", "for", "of", "that", "with", "between", "about", "regarding", "concerning", "under", "in", "by", ",", "\u201c", "\"", "reached", "made", "struck");

    private static bool HasAuxiliary(DocumentView view, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (view.Word(t) is "had" or "has" or "have" or "was" or "were" or "is" or "are")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The trigger ending right before "and/or (a|an|the)" that precedes this one, or null.</summary>
    private static (TriggerMatch Match, ModalityReading Reading)? CoordinatedWith(DocumentView view, int first, IReadOnlyList<(TriggerMatch Match, ModalityReading Reading)> earlier)
    {
        var t = first - 1;
        if (view.Word(t) is "a" or "an" or "the")
        {
            t--;
        }

        if (view.Word(t) is not ("and" or "or"))
        {
            return null;
        }

        foreach (var e in earlier)
        {
            if (e.Match.Last == t - 1)
            {
                return e;
            }
        }

        return null;
    }

    private const int OfPhraseReach = 12;

    /// <summary>
    /// The first token of the verb that follows a noun's "of" phrase ("of the rest of the group's fighters is to"),
    /// or the "of" itself (so nothing is read) when no auxiliary comes within reach before a comma.
    /// </summary>
    private static int PredicateAfterOf(DocumentView view, int of, int clauseEnd)
    {
        for (var t = of + 1; t < clauseEnd && t <= of + OfPhraseReach; t++)
        {
            if (view.IsPunct(t))
            {
                break;
            }

            if (view.Word(t) is "will" or "would" or "shall" or "is" or "are" or "was" or "were")
            {
                return t;
            }
        }

        return of;
    }

    private static Modality Combine(CueFlags cues, Modality? governor)
    {
        var result = cues.Conditional ? Modality.Conditional
            : cues.Hypothetical ? Modality.Hypothetical
            : cues.Negated || cues.Denial ? Modality.Denied
            : cues.Demand ? Modality.Demanded
            : cues.Planned ? Modality.Planned
            : cues.Reported ? Modality.ReportedUnconfirmed
            : Modality.Occurred;
        return governor is { } g ? Stronger(result, g) : result;
    }

    /// <summary>Order of precedence: conditional, hypothetical, denied, demanded, planned, reported, occurred.</summary>
    public static Modality Stronger(Modality a, Modality b) => Rank(a) >= Rank(b) ? a : b;

    private static int Rank(Modality m) => m switch
    {
        Modality.Conditional => 6,
        Modality.Hypothetical => 5,
        Modality.Denied => 4,
        Modality.Demanded => 3,
        Modality.Planned => 2,
        Modality.ReportedUnconfirmed => 1,
        _ => 0,
    };

    private static readonly WordSet Coordinators = WordSet.Of("and", "but", "or", "while");

    private static readonly WordSet SubjectStarts = WordSet.Of("the", "a", "an", "this", "these", "those", "their", "its", "his", "her", "our", "we", "they", "he", "she", "it");

    /// <summary>A coordinator opening a new subject ("and the attacks …", "but they …") ends the cues' reach.</summary>
    private static bool StartsNewConjunct(DocumentView view, int t, int trigger) =>
        t + 1 < trigger && Coordinators.Contains(view.Word(t)) && SubjectStarts.Contains(view.Word(t + 1));

    private static void Read(DocumentView view, int t, ref CueFlags cues)
    {
        var w = view.Word(t);
        if (Cues.IsNegator(w))
        {
            // "was not a new agreement, rather part of an older deal": what is denied is that it is new.
            cues.Negated |= !NegatesOnlyAQualifier(view, t);
        }
        else if (Cues.Hypothetical.Contains(w) && !(w is "may" && IsMonthUse(view, t)))
        {
            cues.Hypothetical = true;
        }
        else if (Cues.Conditional.Contains(w) && w is not "whether")
        {
            cues.Conditional = true;
        }
        else if (Cues.Denial.Contains(w))
        {
            // "denied any involvement in the attack": the attack is not denied, only the denier's part in it.
            cues.Denial |= !DeniesOnlyInvolvement(view, t);
        }
        else if (Cues.Demand.Contains(w))
        {
            cues.Demand = true;
        }
        else if (w is "will" && IsNounWill(view, t))
        {
            // "of their own free will", "the people's will": a noun, not the future.
        }
        else if (Cues.Planned.Contains(w) && (!Cues.PlanNouns.Contains(w) || Cues.PlanNounFollowers.Contains(view.Word(t + 1))))
        {
            cues.Planned = true;
        }
        else if (w is "determined" or "resolved" or "keen" or "eager" && view.Is(t + 1, "to"))
        {
            cues.Planned = true; // "was determined to end the mission": an intention, not a deed
        }
        else if (Cues.Prevention.Contains(w))
        {
            cues.Hypothetical = true; // "urged Washington to prevent any attacks": what is prevented has not happened
        }
        else if (Furthering.Contains(w) && view.Is(t - 1, "to"))
        {
            cues.Planned = true; // "to enhance security cooperation": a purpose, not a deed
        }
        else if ((w is "let's" or "let\u2019s") || (w is "let" && view.Word(t + 1) is "us" or "'s" or "\u2019s"))
        {
            cues.Demand = true; // "Let's agree on a timeframe": a proposal, not an agreement
        }
        else if (w is "waiting" && view.Is(t + 1, "for"))
        {
            cues.Planned = true; // "waiting for the other side to announce the formation of its committee"
        }
        else if (w is "limit" or "limits" or "frame" && view.Is(t - 1, "time") && view.Word(t + 1) is "for" or "on" or "to")
        {
            cues.Planned = true; // "time limits for the withdrawal": like a timetable, it sets when something is to happen
        }
    }

    // Verbs whose object is brought about or grown: after "to" they state an aim.
    private static readonly WordSet Furthering = WordSet.Of(
        "enhance", "strengthen", "boost", "expand", "deepen", "promote", "develop", "intensify", "broaden", "foster", "advance");

    private static readonly WordSet Involvement = WordSet.Of(
        "involvement", "connection", "connections", "link", "links", "ties", "role", "responsibility", "part", "hand");

    /// <summary>"denied any involvement in", "deny their connection to": within three words of the denial verb.</summary>
    private static bool DeniesOnlyInvolvement(DocumentView view, int t)
    {
        for (var k = t + 1; k <= t + 3; k++)
        {
            if (Involvement.Contains(view.Word(k)))
            {
                return view.Word(k + 1) is "in" or "to" or "with" or "for";
            }
        }

        return false;
    }

    private static readonly WordSet Qualifiers = WordSet.Of("new", "fresh", "separate", "different", "second", "further", "another");

    /// <summary>
    /// "not a new deal", "not another withdrawal", "no separate talks" deny novelty, not the action. Words
    /// of status ("no formal request", "not a final agreement") are left out: those deny something real.
    /// </summary>
    private static bool NegatesOnlyAQualifier(DocumentView view, int t)
    {
        var next = t + 1;
        if (view.Is(next, "a") || view.Is(next, "an"))
        {
            next++;
        }

        return next < view.Tokens.Length && Qualifiers.Contains(view.Word(next));
    }

    private static bool IsNounWill(DocumentView view, int t)
    {
        var before = view.Word(t - 1);
        return before is "free" or "own" or "good" or "ill" or "political" or "popular" or "the" or "his" or "her" or "their" or "its" or "our"
            || before.EndsWith("'s") || before.EndsWith("\u2019s");
    }

    private static void ReadAuxiliary(ReadOnlySpan<char> w, bool adjacent, ref CueFlags cues)
    {
        if (Cues.IsNegator(w))
        {
            cues.Negated = true;
        }
        else if (w is "could" or "might" or "may")
        {
            cues.Hypothetical = true;
        }
        else if (w is "will" or "would" or "shall" or "scheduled" or "expected" or "planned" or "due"
            || (adjacent && w is "plan" or "timetable" or "schedule" or "timeline" or "deadline" or "process"))
        {
            cues.Planned = true;
        }
        else if (w is "must" or "should")
        {
            cues.Demand = true;
        }
    }

    private static bool DeadlineAfter(SentenceFrame frame, int last, int clauseEnd)
    {
        var view = frame.View;
        var from = view.Tokens[last].Span.End;
        var to = clauseEnd < view.Tokens.Length ? view.Tokens[clauseEnd].Span.Start : view.Text.Length;
        var published = view.Doc.Article.Published.Day;
        return view.TimesIn(new TextSpan(from, to)).Any(t => EventTime.IsDeadline(view, t)
            && (published is null || TimeBounds.UpperBound(t.Value.Value) is not { } upper || upper > published.Value));
    }

    private static bool IsPast(ReadOnlySpan<char> w) =>
        w.EndsWith("ed") || w is "withdrew" or "withdrawn" or "left" or "met" or "held" or "struck" or "drew" or "sent" or "fled" or "flew" or "began" or "took";

    // "the meeting", "a withdrawal", "Friday's announcement", "their agreement".
    private static bool IsNounUse(DocumentView view, int t, int clauseStart)
    {
        if (t <= clauseStart)
        {
            return true;
        }

        var w = view.Word(t - 1);
        return w is "the" or "a" or "an" or "this" or "that" or "these" or "those" or "its" or "their" or "his" or "her" or "our"
            or "any" or "another" or "latest" or "new" or "recent" or "further" or "more" or "first" or "second" or "next" or "last"
            or "final" or "upcoming" or "formal"
            || w.EndsWith("'s") || w.EndsWith("\u2019s") || view.Tokens[t - 1].Kind == Model.TokenKind.Number;
    }

    private static bool IsMonthUse(DocumentView view, int t) =>
        view.IsCapitalized(t) && (t + 1 < view.Tokens.Length && view.Tokens[t + 1].Kind == Model.TokenKind.Number || t > 0 && view.Tokens[t - 1].Kind == Model.TokenKind.Number);

    private struct CueFlags
    {
        public bool Conditional;
        public bool Hypothetical;
        public bool Negated;
        public bool Denial;
        public bool Demand;
        public bool Planned;
        public bool Reported;
    }
}
