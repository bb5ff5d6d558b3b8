using Chronicle.Core.Events.Lexicon;
using Chronicle.Core.Events.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Events;

/// <summary>
/// The previous event in the clause: where its trigger ends, and the sources to share when coordinated with
/// it. <see cref="Instrument"/>: this event is the means of that one ("targeted US bases with attacks"): it has
/// that one's sources, and the names between the two are what it hits.
/// </summary>
internal sealed record PriorEvent(int Last, IReadOnlyList<string>? SharedSources, bool Instrument = false);

/// <summary>Who acts and who is acted upon.</summary>
internal sealed record ParticipantReading(IReadOnlyList<string> Sources, IReadOnlyList<string> Targets);

/// <summary>
/// Assigns actor mentions to an event by position within its clause: names before the trigger are
/// the source (the subject side), names after it the target (the object side). Speakers ("Reuters
/// reported", "Washington said"), and names in a place phrase ("in Baghdad") are not participants;
/// "by X" after the trigger is a passive agent, so a source. A clause whose subject is a pronoun ("it
/// does not intend", "their countries") borrows the names of the clause it hangs from. Travel
/// ("flew to Tehran") makes the destination a target as well as a place. "Their countries"/"the two
/// sides" take the two nationalities named in the sentence ("Iraqi and American officials") before the
/// pair named earlier; the speaker of a sentence opened by "During talks with X" took part in them; the
/// nationality of the forces or town hit ("a base hosting American troops") is an attack's target.
/// </summary>
internal static class Participants
{
    private const int MaxTargets = 3;
    private const int SourceReach = 14;
    private const int OfReach = 9;

    // "a committee formed by the two sides last year to discuss a U.S. withdrawal had reached": an agent pair can sit deep in the subject.
    private const int PairReach = 20;

    private static readonly WordSet Pronouns = WordSet.Of("it", "its", "they", "their", "them", "he", "his", "she", "her", "we", "our", "both");

    public static ParticipantReading Resolve(
        SentenceFrame frame, TriggerMatch match, IReadOnlyList<PlaceAt> places, PriorEvent? prior = null, IReadOnlyList<string>? recentPair = null)
    {
        var view = frame.View;
        var clause = frame.Clauses.IndexOf(match.First);
        var start = frame.Clauses.Start(clause);
        var end = frame.Clauses.End(clause);
        var sources = new List<string>();
        var targets = new List<string>();
        var travel = view.Is(match.Last, "to") || view.Is(match.Last, "into");
        MentionAt? group = null;
        var listSeen = false;
        var candidates = new List<MentionAt>();
        var calledFrom = false;
        var agentFound = false;

        // "urged Washington to prevent any attacks", "threatened Israel with retaliation following the
        // assassination": the names before such a trigger act in another event, not in this one.
        var subjectFrom = match.Entry.Nominal && (ModalityResolver.AfterPastReference(view, match.First) || AfterPrevention(view, match.First)) ? match.First : start;
        for (var i = frame.Mentions.Count - 1; i >= 0; i--)
        {
            var m = frame.Mentions[i];
            if (m.Last >= match.First || m.Last < subjectFrom || m.Last <= (prior?.Last ?? -1) || frame.IsSpeaker(m, match.First) || places.Any(p => p.First <= m.First && m.First <= p.Last))
            {
                continue;
            }

            // "in solidarity with the Palestinian resistance and … hasten the withdrawal": a preposition's object is no subject.
            // A name right before the trigger modifies it ("with the US assassination of …") and still acts.
            if (group is null && m.Last < match.First - 1 && IsPrepositionObject(frame, m, start))
            {
                continue;
            }

            if (group is null ? m.Last < match.First - SourceReach : !Joined(view, m, group, listSeen))
            {
                break;
            }

            listSeen |= group is not null && HasConjunction(view, m.Last, group.First);

            if (!sources.Contains(m.Mention.Name))
            {
                sources.Insert(0, m.Mention.Name);
            }

            group = m;
        }

        // "X, the founder of Y (Z), on Thursday asked …": the subject is the name the description hangs from.
        if (group is not null && Appositives.HeadOf(frame, group, match.First) is { } head)
        {
            sources.Clear();
            sources.Add(head.Mention.Name);
        }

        var targetEnd = ObjectListEnd(frame, clause, end);
        foreach (var m in frame.Mentions)
        {
            if (m.Last < start || m.First >= targetEnd || frame.IsSpeaker(m))
            {
                continue;
            }

            var inPlace = places.Any(p => p.First <= m.First && m.First <= p.Last);
            if (m.Last < match.First)
            {
                continue;
            }
            else if (m.First > match.Last || IsInsideGap(match, m))
            {
                // "calls from the government for …": the name after "from" inside the trigger is who calls.
                var caller = IsInsideGap(match, m) && IsAfter(view, m.First, "from");
                var agent = IsAgent(view, m.First, m.Last, match.Last) || Appositives.IsAgentByDescription(view, m.First, match.Last) || caller;
                if (caller && !calledFrom)
                {
                    // The trigger names who acts; names before it belong elsewhere.
                    sources.Clear();
                    calledFrom = true;
                    Add(sources, m.Mention.Name);
                }
                else if (agent && !agentFound)
                {
                    // "amid attacks by X on Y", "was struck by X": the passive agent acts, not a name told before the trigger.
                    agentFound = true;
                    if (!calledFrom)
                    {
                        sources.Clear();
                    }

                    Add(sources, m.Mention.Name);
                }
                else if ((!inPlace || (travel && m.First == match.Last + 1)) && !agent && !IsBacker(view, m.Last))
                {
                    candidates.Add(m);
                }
            }
        }

        // An attack's victims are its people first: "the assassination of the head of X's Y, General Z, and
        // the deputy commander of W, V" targets Z and V before the bodies that only name their posts.
        var ordered = match.Entry.Type is EventTypes.Assault
            ? candidates.Where(c => c.Mention.Kind == ActorKind.Person).Concat(candidates.Where(c => c.Mention.Kind != ActorKind.Person))
            : candidates;
        foreach (var m in ordered)
        {
            if (targets.Count < MaxTargets)
            {
                Add(targets, m.Mention.Name);
            }
        }

        if (prior is { Instrument: true, SharedSources: { Count: > 0 } means })
        {
            foreach (var name in sources)
            {
                Add(targets, name);
            }

            sources.Clear();
            sources.AddRange(means);
        }
        else if (sources.Count == 0 && prior?.SharedSources is { } shared)
        {
            sources.AddRange(shared);
        }

        // "the withdrawal of US forces", "the deployment of two brigades": who withdraws follows "of".
        if (sources.Count == 0 && match.Entry.Type is EventTypes.Retreat or EventTypes.Mobilize or EventTypes.Protest && view.Is(match.Last + 1, "of"))
        {
            var agent = frame.Mentions.FirstOrDefault(m => m.First > match.Last + 1 && m.First <= match.Last + OfReach && m.First < end);
            if (agent is not null)
            {
                sources.Add(agent.Mention.Name);
                targets.Remove(agent.Mention.Name);
            }
        }

        // "Iraqi and American officials confirmed that their countries agreed": the nationalities named before it.
        if (sources.Count == 0 && HasPairReference(view, start, match.First))
        {
            NationalitiesBefore(frame, match.First, sources);
        }

        if (sources.Count == 0 && clause > 0 && HasPronounSubject(view, start, match.First))
        {
            BorrowFromEarlierClauses(frame, clause, sources);
        }

        // "a delegation of the X party that had visited him": a subject relative clause acts for the name it hangs from.
        if (sources.Count == 0 && Appositives.RelativeAntecedent(frame, start, match.First) is { } antecedent)
        {
            sources.Add(antecedent.Mention.Name);
        }

        // "the ceasefire the group declared on 1 March": the name between a noun and its past verb declared it.
        if (sources.Count == 0 && match.Entry.Nominal && Appositives.ReducedRelativeSubject(frame, match.Last) is { } declarer)
        {
            sources.Add(declarer.Mention.Name);
            targets.Remove(declarer.Mention.Name);
        }

        // "both countries agreed", "their countries have reached an agreement": the two parties named just before.
        if (sources.Count == 0 && recentPair is not null && HasPairReference(view, start, match.First))
        {
            sources.AddRange(recentPair);
        }

        // "a panel set up by the two sides … has reached an agreement": the body acts for the pair that made it,
        // the two nationalities named in the sentence, else the pair named just before.
        if (sources.Count == 0 && match.Entry.Type is EventTypes.Agree or EventTypes.Consult or EventTypes.Cooperate && HasAgentPair(view, start, match.First))
        {
            NationalitiesBefore(frame, match.First, sources);
            if (sources.Count == 0 && recentPair is not null)
            {
                sources.AddRange(recentPair);
            }
        }

        // "… Kadhimi said. He demanded an end to these attacks": a sentence-opening "he"/"she" right before the
        // trigger is the person named last before the sentence, a few sentences back at most.
        if (sources.Count == 0 && clause == 0 && match.First - frame.First <= 2 && view.Word(frame.First) is "he" or "she"
            && PersonBeforeSentence(frame) is { } previous)
        {
            sources.Add(previous);
        }

        // "During a call with X, Y stressed …": the speaker of a sentence opened by a meeting took part in it.
        if (sources.Count == 0 && match.Entry.Type is EventTypes.Consult && clause == 0 && view.Word(frame.First) is "during" or "at")
        {
            var speaker = frame.Mentions.FirstOrDefault(m => m.First > match.Last && m.Last < end && m.Mention.Kind != ActorKind.Media && frame.IsSpeaker(m));
            if (speaker is not null)
            {
                sources.Add(speaker.Mention.Name);
                targets.Remove(speaker.Mention.Name);
            }
        }

        // "an attack on a base hosting American troops", "on the Syrian port city of X": the nationality of the forces or place hit is the target.
        // "a delegation … that had visited him": "him"/"her" right after the trigger is the person named before it in the sentence.
        if (targets.Count == 0 && view.Word(match.Last + 1) is "him" or "her" && PersonBefore(frame, match.First, sources) is { } person)
        {
            targets.Add(person);
        }

        if (targets.Count == 0 && match.Entry.Type is EventTypes.Assault)
        {
            ForcesAfter(frame, match.Last, targets);
        }

        // "a meeting will be held between Iraq and the US", "the conflict between the group and the state": the parties of a symmetric event.
        if (sources.Count == 0 && (match.Entry.Type is EventTypes.Consult or EventTypes.Agree or EventTypes.Cooperate || match.Entry.Mode is "fight") && targets.Count > 0)
        {
            var first = frame.Mentions.FirstOrDefault(m => m.Mention.Name == targets[0] && m.First > match.Last);
            if (first is not null && IsAfter(view, first.First, "between"))
            {
                sources.AddRange(targets);
                targets.Clear();
            }
        }

        // Symmetric events name the same parties on both sides ("Iraq and the US will meet … between Iraq and the US").
        if (match.Entry.Type is EventTypes.Consult or EventTypes.Agree or EventTypes.Cooperate)
        {
            targets.RemoveAll(sources.Contains);
        }
        // No one acts on themselves in these events: a name found on both sides ("Kadhimi seeks … Kadhimi's")
        // is the actor, not also the one acted upon.
        targets.RemoveAll(t => sources.Contains(t, StringComparer.OrdinalIgnoreCase));
        return new ParticipantReading(sources, targets);
    }

    /// <summary>
    /// Two names in one subject: "Iraq and the United States", "Baghdad, Washington and Tehran". A bare
    /// comma joins only inside a list already closed by "and"/"or" on its right: in "following the death
    /// of X, the council voted" the comma ends a phrase, it does not list X with the council.
    /// </summary>
    private static bool Joined(DocumentView view, MentionAt left, MentionAt right, bool listSeen)
    {
        if (!listSeen && !HasConjunction(view, left.Last, right.First))
        {
            var comma = false;
            for (var t = left.Last + 1; t < right.First; t++)
            {
                comma |= view.Word(t) is ",";
            }

            if (comma)
            {
                return false;
            }
        }

        if (right.First - left.Last > 4)
        {
            return false;
        }

        for (var t = left.Last + 1; t < right.First; t++)
        {
            if (view.Word(t) is not ("and" or "the" or "or" or "&" or "," or "both"))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly WordSet Prepositions = WordSet.Of(
        "with", "for", "against", "to", "from", "on", "at", "into", "toward", "towards", "about", "over", "under", "amid", "despite", "among", "upon");

    private const int ListWalk = 12;

    /// <summary>The name (or the list it ends: "with Iraq and the US") follows a preposition.</summary>
    private static bool IsPrepositionObject(SentenceFrame frame, MentionAt m, int start)
    {
        var view = frame.View;
        var t = m.First - 1;
        while (t >= start && t >= m.First - ListWalk)
        {
            if (view.Word(t) is "the" or "a" or "an" or "and" or "or" or "," or "both")
            {
                t--;
                continue;
            }

            var inner = -1;
            for (var i = 0; i < frame.Mentions.Count && inner < 0; i++)
            {
                inner = frame.Mentions[i].First <= t && t <= frame.Mentions[i].Last ? frame.Mentions[i].First : -1;
            }

            if (inner < 0)
            {
                break;
            }

            t = inner - 1;
        }

        return t >= start && Prepositions.Contains(view.Word(t));
    }

    /// <summary>
    /// ", and the deputy commander of W, V" after the trigger's clause is one more object, not a clause:
    /// it opens with "and" + an article and has no verb form of its own.
    /// </summary>
    private static int ObjectListEnd(SentenceFrame frame, int clause, int end)
    {
        var view = frame.View;
        if (clause + 1 >= frame.Clauses.Count || !view.Is(end, "and") || view.Word(end + 1) is not ("the" or "a" or "an"))
        {
            return end;
        }

        var next = frame.Clauses.End(clause + 1);
        for (var t = end + 2; t < next; t++)
        {
            var w = view.Word(t);
            if (w is "is" or "was" or "were" or "are" or "has" or "have" or "had" or "will" or "would" or "said" || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)))
            {
                return end;
            }
        }

        return next;
    }

    private static bool HasConjunction(DocumentView view, int after, int before)
    {
        for (var t = after + 1; t < before; t++)
        {
            if (view.Word(t) is "and" or "or" or "&")
            {
                return true;
            }
        }

        return false;
    }

    // "attacked by the brigade", "initiated by Prime Minister X": the name after "by" (its article, a title) acts.
    private static bool IsAgent(DocumentView view, int first, int last, int triggerLast)
    {
        if (IsBacker(view, last))
        {
            return false; // "by Iran-backed groups": Iran only backs the agent
        }

        var t = first - 1;

        // "attacks by Iran-backed Iraqi armed groups": a "<Name>-backed" modifier stands between "by" and the agent.
        if (IsBackingModifier(view, t) && view.Is(t - 1, "-") && view.IsCapitalized(t - 2))
        {
            t -= 3;
        }
        else if (EndsInBacking(view.Word(t)) && view.IsCapitalized(t))
        {
            t--; // one token: "Iran-backed"
        }

        for (var title = 0; title < MaxTitleWords && view.IsCapitalized(t); title++)
        {
            t--;
        }

        if (view.Is(t, "the"))
        {
            t--;
        }

        // The passive's own "by", not one further on ("the deal … was later mentioned by X"), nor the "by" of a
        // participle in between ("the formation of the committee headed by X": X heads the committee).
        return view.Is(t, "by") && t - triggerLast <= AgentReach && !HasParticipleBetween(view, triggerLast + 1, t);
    }

    // "to prevent any attacks", "to avert a new offensive": the prevented event, a determiner or two before it.
    private static bool AfterPrevention(DocumentView view, int first)
    {
        var t = first - 1;
        for (var skipped = 0; skipped < 3 && view.Word(t) is "any" or "a" or "an" or "the" or "such" or "these" or "those" or "similar" or "further" or "new" or "more" or "future"; skipped++)
        {
            t--;
        }

        return Cues.Prevention.Contains(view.Word(t));
    }

    private static bool HasParticipleBetween(DocumentView view, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var w = view.Word(k);
            if (!view.IsCapitalized(k) && (w is "led" or "run" or "held" or "chaired" or "made" or "set" || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet BackingWords = WordSet.Of("backed", "led", "allied", "aligned", "funded", "sponsored", "supported");

    private static bool IsBackingModifier(DocumentView view, int t) => BackingWords.Contains(view.Word(t));

    // "Iran-backed groups", "US-led forces": the name only qualifies the party that acts or is acted on.
    private static bool IsBacker(DocumentView view, int last) =>
        (IsBackingModifier(view, last + 2) && view.Is(last + 1, "-")) || EndsInBacking(view.Word(last));

    private static bool EndsInBacking(ReadOnlySpan<char> word)
    {
        var dash = word.LastIndexOf('-');
        return dash > 0 && BackingWords.Contains(word[(dash + 1)..]);
    }

    private static bool IsAfter(DocumentView view, int first, string word) =>
        view.Is(first - 1, word) || (view.Is(first - 1, "the") && view.Is(first - 2, word));

    private const int MaxTitleWords = 3;
    private const int AgentReach = 3;

    private static bool IsInsideGap(TriggerMatch match, MentionAt m) => m.First > match.First && m.Last < match.Last;

    private static bool HasPairReference(DocumentView view, int start, int trigger)
    {
        for (var t = Math.Max(start, trigger - 6); t < trigger - 1; t++)
        {
            if (view.Word(t) is "both" or "two" or "their" && view.Word(t + 1) is "countries" or "sides" or "parties" or "governments" or "capitals" or "delegations")
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasAgentPair(DocumentView view, int start, int trigger)
    {
        for (var t = Math.Max(start, trigger - PairReach); t < trigger - 2; t++)
        {
            var at = view.Is(t + 1, "the") ? t + 2 : t + 1;
            if (view.Is(t, "by") && view.Word(at) is "both" or "two" && view.Word(at + 1) is "countries" or "sides" or "parties" or "governments" or "capitals")
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasPronounSubject(DocumentView view, int start, int trigger)
    {
        for (var t = start; t < trigger; t++)
        {
            if (Pronouns.Contains(view.Word(t)))
            {
                return true;
            }
        }

        return false;
    }

    private static void BorrowFromEarlierClauses(SentenceFrame frame, int clause, List<string> into)
    {
        for (var c = clause - 1; c >= 0 && into.Count == 0; c--)
        {
            foreach (var m in frame.Mentions)
            {
                if (m.First >= frame.Clauses.Start(c) && m.Last < frame.Clauses.End(c) && m.Mention.Kind != ActorKind.Media)
                {
                    Add(into, m.Mention.Name);
                }
            }
        }
    }

    // How far back (in characters) a sentence-opening pronoun looks for the person it stands for.
    private const int PronounReach = 600;

    /// <summary>The person named last before the sentence, within <see cref="PronounReach"/>; null when none.</summary>
    private static string? PersonBeforeSentence(SentenceFrame frame)
    {
        var actors = frame.View.Actors;
        var start = frame.Span.Start;
        var i = SortedSearch.LowerBound(actors, actors.Length, start, static (list, k) => list[k].Span.Start) - 1;
        for (; i >= 0 && start - actors[i].Span.End <= PronounReach; i--)
        {
            if (actors[i].Kind == ActorKind.Person)
            {
                return actors[i].Name;
            }
        }

        return null;
    }

    // The nearest person named before the trigger in the sentence who is not the event's own source; null when none.
    private static string? PersonBefore(SentenceFrame frame, int trigger, List<string> sources)
    {
        for (var i = frame.Mentions.Count - 1; i >= 0; i--)
        {
            var m = frame.Mentions[i];
            if (m.Last < trigger && m.Mention.Kind == ActorKind.Person && !sources.Contains(m.Mention.Name))
            {
                return m.Mention.Name;
            }
        }

        return null;
    }

    private static readonly WordSet ForceNouns = WordSet.Of(
        "troops", "forces", "soldiers", "personnel", "servicemen", "service", "military", "base", "bases", "embassy", "diplomats", "contractors",
        "city", "town", "village", "port", "capital", "territory", "positions", "consulate");

    private const int ForceReach = 12;

    // A capitalised nationality ("American", "Iraqi") followed within two words by a force noun.
    private static void ForcesAfter(SentenceFrame frame, int last, List<string> into)
    {
        var view = frame.View;
        // "… airstrikes in response to the killing of three US soldiers": another event's people; but a
        // relative clause still tells this event ("a rocket attack that wounded seven American personnel").
        var end = frame.ClauseEnd(last);
        if (end < frame.End && view.Word(end) is "that" or "which")
        {
            end = frame.ClauseEnd(end);
        }

        for (var t = last + 1; t < end && t <= last + ForceReach; t++)
        {
            if (!view.IsCapitalized(t) || Chronicle.Core.Attribution.Demonyms.CountryOf(view.Raw(t)) is not { } country || view.Word(t) is "us")
            {
                continue;
            }

            if (ForceNouns.Contains(view.Word(t + 1)) || ForceNouns.Contains(view.Word(t + 2)))
            {
                Add(into, country);
                return;
            }
        }
    }

    // Nationality adjectives ("Iraqi and American officials") before the trigger in the same sentence; kept only when two or more.
    private static void NationalitiesBefore(SentenceFrame frame, int trigger, List<string> into)
    {
        var view = frame.View;
        var found = new List<string>();
        for (var t = frame.First; t < trigger; t++)
        {
            // The adjective, not the country's own name ("Iraq" is a mention of its own).
            if (view.IsCapitalized(t) && view.Word(t) is not "us" && Chronicle.Core.Attribution.Demonyms.CountryOf(view.Raw(t)) is { } country
                && !view.Raw(t).Equals(country, StringComparison.OrdinalIgnoreCase))
            {
                Add(found, country);
            }
        }

        if (found.Count >= 2)
        {
            into.AddRange(found);
        }
    }

    private static void Add(List<string> list, string name)
    {
        if (!list.Contains(name))
        {
            list.Add(name);
        }
    }
}
