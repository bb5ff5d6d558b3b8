using System.Collections.Immutable;
using Chronicle.Core.Events.Lexicon;
using Chronicle.Core.Events.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Events;

/// <summary>
/// The "events" stage: finds PLOVER-typed events in each sentence from the trigger lexicon, and for
/// each reads its modality (so counterfactuals and reported speech never become facts), source and
/// target actors, place, time, mode and attribution. A negated action asserted by a speaker ("Washington
/// said it does not intend to exit") becomes that speaker's REJECT, denied, with the negated type as
/// its mode.
/// </summary>
public sealed class EventExtractor : IAnnotator
{
    private readonly EventLexicon _lexicon = EventLexicon.Default;

    public string Name => "events";

    public AnnotatedArticle Annotate(AnnotatedArticle article)
    {
        var view = new DocumentView(article);
        var events = ImmutableArray.CreateBuilder<EventMention>();
        var references = new List<PlaceByReference.Reference>();
        for (var s = 0; s < article.Sentences.Length; s++)
        {
            Extract(new SentenceFrame(view, s), events, references);
        }

        PlaceByReference.Apply(references, events, article.Sentences);
        LedBodies.Apply(article, events);
        SpeechPlace.Apply(view, events);
        return article with { Events = events.ToImmutable() };
    }

    // How far after an event's trigger "with <trigger>" may name its means ("targeted US interests and bases with attacks").
    private const int InstrumentReach = 12;

    // How many sentences back "both countries" or "the two sides" may find the parties they refer to.
    private const int PairReach = 3;

    private void Extract(SentenceFrame frame, ImmutableArray<EventMention>.Builder into, List<PlaceByReference.Reference> references)
    {
        var view = frame.View;
        var matches = TriggerMatcher.Find(view, _lexicon, frame.First, frame.End);
        if (matches.Count == 0)
        {
            return;
        }

        var places = PlaceFinder.Find(frame, frame.First, frame.End);
        var readings = new List<(TriggerMatch Match, ModalityReading Reading)>(matches.Count);
        var built = new List<(TriggerMatch Match, EventMention Event)>();
        TriggerMatch? previous = null;
        foreach (var match in matches)
        {
            var reading = ModalityResolver.Resolve(frame, match, readings);
            readings.Add((match, reading));
            if (IsContinuation(frame, previous, match))
            {
                continue; // "a rocket attack that wounded …", "the assassination and killing of …": one event
            }

            if (IsEndangering(frame.View, match))
            {
                continue; // "attacks that threaten Iraq's security": a danger, not a threat anyone made
            }

            previous = match;
            var e = Build(frame, match, reading, places, Before(frame, match, built), RecentPair(frame, into));
            if (e.Sources.Count == 0 && e.Targets.Count == 0 && IsDefinite(view, match.First) && Antecedent(frame, e, into) is { } antecedent)
            {
                e = e with { Sources = antecedent };
            }

            if (PlaceByReference.Find(frame, match, places) is { } reference)
            {
                references.Add(reference);
            }

            built.Add((match, e));
            into.Add(e);
        }
    }

    // Things, not actors: what they "threaten" they endanger.
    private static readonly WordSet InanimateCauses = WordSet.Of(
        "attacks", "attack", "strikes", "actions", "developments", "moves", "measures", "policies", "escalation", "tensions",
        "violence", "conflict", "war", "crisis", "conditions", "changes", "cuts", "floods", "fires", "risks", "instability");

    /// <summary>A verb "threaten(s)" whose subject is a thing ("attacks that threaten …", "the violence threatens …").</summary>
    private static bool IsEndangering(DocumentView view, TriggerMatch match)
    {
        if (match.Entry.Type != EventTypes.Threaten || match.Entry.Nominal)
        {
            return false;
        }

        var before = match.First - 1;
        if (view.Word(before) is "that" or "which")
        {
            before--;
        }

        return InanimateCauses.Contains(view.Word(before));
    }

    // The same event told twice in a row: a relative clause ("an attack that wounded seven"), a
    // coordination of near-synonyms ("the assassination and killing of"), or talks as a meeting's purpose.
    private static bool IsContinuation(SentenceFrame frame, TriggerMatch? previous, TriggerMatch match)
    {
        if (previous is null || previous.Entry.Type != match.Entry.Type || match.First - previous.Last > 2)
        {
            return false;
        }

        // "held a meeting to discuss …", "met to discuss …": the talk is the meeting's purpose, one event.
        if (match.Entry.Type == EventTypes.Consult && match.First - previous.Last == 2 && frame.View.Is(match.First - 1, "to"))
        {
            return true;
        }

        for (var t = previous.Last + 1; t < match.First; t++)
        {
            if (frame.View.Word(t) is not ("that" or "which" or "and" or "or" or ","))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The event just before this one in its clause: its trigger bounds where this event's subject can
    /// be, and its sources carry over when this trigger is coordinated with it ("rejected … and
    /// threatened") or governed by it ("threatened to impose").
    /// </summary>
    private static PriorEvent? Before(SentenceFrame frame, TriggerMatch match, List<(TriggerMatch Match, EventMention Event)> built)
    {
        var clause = frame.Clauses.IndexOf(match.First);
        for (var i = built.Count - 1; i >= 0; i--)
        {
            var (m, e) = built[i];
            if (frame.Clauses.IndexOf(m.First) != clause)
            {
                continue;
            }

            var view = frame.View;
            var coordinated = view.Word(match.First - 1) is "and" or "or" || (view.Is(match.First - 1, "to") && m.Entry.Governs is not null && match.First - m.Last <= 3);

            // "have targeted US interests with attacks": the attacks are the means of the targeting, by the same hands.
            var instrument = m.Entry.Type == match.Entry.Type && view.Is(match.First - 1, "with") && match.First - m.Last <= InstrumentReach;
            return new PriorEvent(m.Last, coordinated || instrument ? e.Sources : null, instrument);
        }

        return null;
    }

    // "the deal", "this agreement": an event already told.
    private static bool IsDefinite(DocumentView view, int trigger) => view.Word(trigger - 1) is "the" or "this" or "that";

    private static readonly string[] SymmetricTypes = [EventTypes.Agree, EventTypes.Consult];

    /// <summary>
    /// The parties of the same agreement or talks told in the sentences just before, for a definite
    /// mention that names none ("… had reached a deal with Baghdad. Reuters reported the deal …"): the
    /// nearest earlier event of the type with the same head noun, its sources and targets (for these
    /// symmetric types all are parties); nothing when that event names none either.
    /// </summary>
    private static IReadOnlyList<string>? Antecedent(SentenceFrame frame, EventMention e, ImmutableArray<EventMention>.Builder done)
    {
        if (!SymmetricTypes.Contains(e.Type))
        {
            return null;
        }

        var text = frame.View.Text;
        var head = Head(e.Trigger.Text(text));
        var sentences = frame.View.Doc.Sentences;
        var earliest = sentences[Math.Max(0, frame.Index - AntecedentReach)].Span.Start;
        for (var i = done.Count - 1; i >= 0 && done[i].Span.Start >= earliest; i--)
        {
            var d = done[i];
            if (d.Type == e.Type && d.Span.Start < frame.Span.Start && Head(d.Trigger.Text(text)).Equals(head, StringComparison.OrdinalIgnoreCase))
            {
                return d.Sources.Count + d.Targets.Count > 0 ? [.. d.Sources.Concat(d.Targets).Distinct(StringComparer.Ordinal)] : null;
            }
        }

        return null;
    }

    // "reached a deal" → "deal", "meetings" → "meeting".
    private static string Head(string trigger)
    {
        var last = trigger[(trigger.LastIndexOf(' ') + 1)..];
        return last.Length > 3 && last.EndsWith('s') ? last[..^1] : last;
    }

    private const int AntecedentReach = 2;

    /// <summary>The last two or more parties named together as a source in the sentences just before.</summary>
    private static IReadOnlyList<string>? RecentPair(SentenceFrame frame, ImmutableArray<EventMention>.Builder done)
    {
        var sentences = frame.View.Doc.Sentences;
        var earliest = sentences[Math.Max(0, frame.Index - PairReach)].Span.Start;
        for (var i = done.Count - 1; i >= 0 && done[i].Span.Start >= earliest; i--)
        {
            if (done[i].Sources.Count >= 2)
            {
                return done[i].Sources;
            }
        }

        return null;
    }

    private static EventMention Build(SentenceFrame frame, TriggerMatch match, ModalityReading reading, List<PlaceAt> places, PriorEvent? prior, IReadOnlyList<string>? pair)
    {
        var view = frame.View;
        var participants = Participants.Resolve(frame, match, places, prior, pair);
        var attribution = AttributionLookup.For(frame, match.First);
        var type = match.Entry.Type;
        var mode = EventMode.Resolve(frame, match);
        var modality = reading.Modality;
        var sources = participants.Sources;
        // A negation under "if" ("if the talks do not produce a deal") states a condition, not a refusal.
        if (reading.Negated && type != EventTypes.Reject && reading.Modality is not (Modality.Conditional or Modality.Hypothetical)
            && (attribution.QuoteIndex is not null || frame.ReportingVerbBefore(frame.First, match.First) >= 0))
        {
            // "X said it does not intend to exit": X rejects exiting; nothing was done.
            mode = type.ToLowerInvariant();
            type = EventTypes.Reject;
            modality = Modality.Denied;
            if (SpeakerActor(frame, match) is { } speaker)
            {
                sources = [speaker];
            }
        }

        var inDirectQuote = attribution.QuoteIndex is { } qi && view.Doc.Quotes[qi].Direct;
        var (time, origin) = EventTime.Resolve(frame, match.First, modality, inDirectQuote);

        // "working group meetings … in the coming days": an event dated after its report has not happened yet.
        if (modality == Modality.Occurred && origin != TimeOrigin.Publication
            && ((time is { } when && IsAfterReport(when.Value, view.Doc.Article.Published)) || FutureTimeAfter(frame, match)))
        {
            modality = Modality.Planned;
        }

        var place = Place(frame, match, places);
        var confidence = match.Entry.Confidence * (sources.Count > 0 ? 1.0 : 0.85) * (view.Doc.Actors.IsDefaultOrEmpty ? 0.9 : 1.0);
        return new EventMention(
            frame.Span,
            view.SpanOf(match.First, match.Last),
            type,
            mode,
            sources,
            participants.Targets,
            place,
            time,
            origin == TimeOrigin.Publication,
            modality,
            reading.Negated,
            attribution.QuoteIndex,
            Math.Round(confidence, 2),
            origin == TimeOrigin.Context);
    }

    /// <summary>
    /// A time expression after the trigger, in its clause, that points ahead ("in the coming days", "next week"),
    /// with no verb of its own between them ("… since the group announced in May" dates the announcing).
    /// </summary>
    private static bool FutureTimeAfter(SentenceFrame frame, TriggerMatch match)
    {
        var view = frame.View;
        var clauseEnd = frame.ClauseEnd(match.First);
        var span = new TextSpan(view.Tokens[match.Last].Span.End, clauseEnd < view.Tokens.Length ? view.Tokens[clauseEnd].Span.Start : frame.Span.End);
        if (span.Length <= 0)
        {
            return false;
        }

        foreach (var t in view.TimesIn(span))
        {
            if (t.Type != TimexType.Date || !IsAfterReport(t.Value.Value, view.Doc.Article.Published))
            {
                continue;
            }

            var until = view.TokenAt(t.Span.Start);
            for (var k = match.Last + 1; k < until; k++)
            {
                var w = view.Word(k);
                if (w is "was" or "were" or "is" or "are" or "had" or "has" or "have" or "did" or "said" or "will" or "would" || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)))
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    private static bool IsAfterReport(string value, PublicationTime published) =>
        value == "FUTURE_REF" || (published.Day is { } day && TimeBounds.LowerBound(value) is { } first && first > day);

    /// <summary>The first place after the trigger in its clause, else the last one before it.</summary>
    private static string? Place(SentenceFrame frame, TriggerMatch match, List<PlaceAt> places)
    {
        var start = frame.ClauseStart(match.First);
        var end = frame.ClauseEnd(match.First);
        var after = places.FirstOrDefault(p => p.First > match.Last && p.First < end);
        if (after is not null)
        {
            return after.Name;
        }

        // "a rocket attack that wounded seven at Ain al-Asad": a relative clause still tells the event.
        if (end < frame.End && frame.View.Word(end) is "that" or "which")
        {
            var next = places.FirstOrDefault(p => p.First >= end && p.First < frame.ClauseEnd(end));
            if (next is not null)
            {
                return next.Name;
            }
        }

        return places.LastOrDefault(p => p.First >= start && p.Last < match.First)?.Name;
    }

    /// <summary>The actor who makes the statement a trigger sits in: the quote's speaker, else the name before the reporting verb.</summary>
    private static string? SpeakerActor(SentenceFrame frame, TriggerMatch match)
    {
        var view = frame.View;
        var verb = frame.ReportingVerbBefore(frame.First, match.First);
        var m = verb >= 0 ? frame.Mentions.LastOrDefault(x => x.Last < verb && x.Last >= verb - 5) : null;
        if (m is not null)
        {
            return m.Mention.Name;
        }

        var quote = AttributionLookup.For(frame, match.First);
        return quote.QuoteIndex is { } qi && view.Doc.Quotes[qi].Speaker is { ActorId: not null, Name: { } name } ? name : null;
    }
}
