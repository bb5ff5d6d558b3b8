using System.Collections.Immutable;
using Chronicle.Core.Events.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Events.Commitments;

/// <summary>
/// The "commitments" stage: a planned action with a deadline or a schedule. A sentence holds one
/// when it has an action event (withdrawal, deployment, joint body, meeting…) that is not told as
/// done, and either a deadline from the time layer or a schedule word ("timetable", "timeline",
/// "in phases"), or a coming event it is set at ("… would come at an upcoming conference": the plan
/// of that clause). Each deadline opens a phase ("hundreds of troops leave by September 2025, with the
/// remainder departing by the end of 2026" = one commitment, two phases); the last deadline is the
/// commitment's. Conditions come from the sentence or the next few; the state from the sentence and
/// the next; who commits: the parties that agreed to the plan ("both countries agreed to …"), else the
/// action's sources, else any agreeing parties; claimedBy from the attribution.
/// </summary>
public sealed class CommitmentExtractor : IAnnotator
{
    private const int ConditionReach = 3;
    private const int PhaseLookBack = 4;
    private const int DoerLookBack = 5;

    private static readonly WordSet Schedule = WordSet.Of(
        "timetable", "timetables", "timeline", "timelines", "schedule", "scheduled", "timeframe", "deadline", "roadmap",
        "phase", "phases", "phased", "stages", "gradual", "gradually");

    // Speech acts are not plans; the plan is the action they are about.
    private static readonly string[] ActionPreference =
        [EventTypes.Retreat, EventTypes.Mobilize, EventTypes.Cooperate, EventTypes.Sanction, EventTypes.Consult, EventTypes.Support, EventTypes.Other, EventTypes.Agree];

    public string Name => "commitments";

    public AnnotatedArticle Annotate(AnnotatedArticle article)
    {
        var view = new DocumentView(article);
        var bySentence = article.Events.ToLookup(e => e.Span.Start);
        var found = new List<(Commitment Commitment, int Sentence)>();
        for (var s = 0; s < article.Sentences.Length; s++)
        {
            var frame = new SentenceFrame(view, s);
            var conditions = Conditions.Find(frame);
            if (Build(frame, [.. bySentence[frame.Span.Start]], conditions) is { } built)
            {
                var commitment = built.Who.Count > 0 ? built : built with { Who = EarlierDoer(article, s, built.Action) };
                found.Add((commitment, s));
            }
            else if (conditions.Count > 0 && found.Count > 0 && s - found[^1].Sentence <= ConditionReach)
            {
                // "… will also be assessed, the spokesperson said": conditions of the plan just told.
                var (last, at) = found[^1];
                found[^1] = (last with { Conditions = [.. last.Conditions, .. conditions] }, at);
            }
        }

        return article with { Commitments = [.. found.Select(f => f.Commitment)] };
    }

    private static Commitment? Build(SentenceFrame frame, List<EventMention> events, List<string> conditions)
    {
        var view = frame.View;
        var action = PickAction(events, frame);
        if (action is null)
        {
            return null;
        }

        var deadlines = Deadlines.Find(frame);
        var agreementFrom = frame.First;
        var scheduled = false;
        for (var t = frame.First; t < frame.End && !scheduled; t++)
        {
            scheduled = Schedule.Contains(view.Word(t));
        }

        if (deadlines.Count == 0 && !scheduled)
        {
            // "a formal announcement would come at an upcoming conference": a plan set at a coming event is
            // scheduled; the plan is the one told in that clause.
            if (AnchoredPlan(frame, events) is not { } anchored)
            {
                return null;
            }

            action = anchored;
            agreementFrom = frame.ClauseStart(view.TokenAt(anchored.Trigger.Start));
        }

        // "both countries agreed to …", "their agreement to withdraw …": the parties that agreed to the plan commit to it.
        var agreedTo = events.FirstOrDefault(e => e.Type == EventTypes.Agree && e.Modality == Modality.Occurred && e.Sources.Count >= 2
            && e.Trigger.End <= action.Trigger.Start && view.Is(view.TokenAt(e.Trigger.End), "to"));
        var who = agreedTo is not null ? agreedTo.Sources
            : PlanAuthor.Of(frame) is { } author ? [author]
            : action.Sources.Count > 0 ? action.Sources
            : events.FirstOrDefault(e => e.Type == EventTypes.Agree && e.Sources.Count > 0)?.Sources ?? [];
        var phases = Phases(frame, deadlines, events);
        var nextEnd = frame.Index + 1 < view.Doc.Sentences.Length ? view.TokenAt(view.Doc.Sentences[frame.Index + 1].Span.End) : frame.End;
        var state = CommitmentStates.Read(view, frame.First, frame.End, nextEnd, action, agreementFrom);
        var triggerToken = view.TokenAt(action.Trigger.Start);
        var what = What(frame, triggerToken, deadlines.Count > 0 ? deadlines[0].First : frame.ClauseEnd(triggerToken));
        var claimedBy = AttributionLookup.For(frame, triggerToken).ClaimedBy;
        return new Commitment(
            frame.Span,
            who,
            action.Type,
            what,
            deadlines.Count > 0 ? deadlines[^1].Value : null,
            phases,
            conditions,
            state,
            claimedBy,
            Math.Round(action.Confidence * (deadlines.Count > 0 ? 1.0 : 0.8), 2));
    }

    /// <summary>
    /// A plan that names no one ("the handover of weapons is expected to start within three months") is the
    /// plan of whoever the article last told doing that kind of thing, a few sentences before ("the group said
    /// it had decided to dissolve itself"); else no one.
    /// </summary>
    private static IReadOnlyList<string> EarlierDoer(AnnotatedArticle article, int sentence, string action)
    {
        var from = sentence - DoerLookBack >= 0 ? article.Sentences[sentence - DoerLookBack].Span.Start : 0;
        var before = article.Sentences[sentence].Span.Start;
        return article.Events.LastOrDefault(e => e.Type == action && e.Sources.Count > 0 && e.Span.Start >= from && e.Span.Start < before)?.Sources ?? [];
    }

    private static readonly WordSet ComingEvent = WordSet.Of("upcoming", "forthcoming");

    /// <summary>The planned event told just before "at/during an upcoming X" in the same clause, or null.</summary>
    private static EventMention? AnchoredPlan(SentenceFrame frame, List<EventMention> events)
    {
        var view = frame.View;
        for (var t = frame.First + 2; t < frame.End; t++)
        {
            if (!ComingEvent.Contains(view.Word(t)) || view.Word(t - 1) is not ("an" or "the" or "a") || view.Word(t - 2) is not ("at" or "during" or "on"))
            {
                continue;
            }

            var clause = frame.Clauses.IndexOf(t);
            return events.LastOrDefault(e => e.Modality == Modality.Planned && view.TokenAt(e.Trigger.Start) < t
                && frame.Clauses.IndexOf(view.TokenAt(e.Trigger.Start)) == clause);
        }

        return null;
    }

    private static EventMention? PickAction(List<EventMention> events, SentenceFrame frame)
    {
        // A plan told as kept: "completing the first stage of the withdrawal before the April deadline".
        if (Reports(frame, "completed", "completing", "met", "fulfilled"))
        {
            var done = events.FirstOrDefault(x => x.Type == EventTypes.Retreat || x.Type == EventTypes.Mobilize);
            if (done is not null)
            {
                return done;
            }
        }

        foreach (var type in ActionPreference)
        {
            var e = events.FirstOrDefault(x => x.Type == type && IsPlan(x) && x.Sources.Count > 0)
                ?? events.FirstOrDefault(x => x.Type == type && IsPlan(x));
            if (e is not null)
            {
                return e;
            }
        }

        return null;
    }

    // A threat or a possibility is not a commitment; a plan, demand, denial or report of one is.
    private static bool IsPlan(EventMention e) => e.Modality is not (Modality.Occurred or Modality.Conditional or Modality.Hypothetical);

    /// <summary>One phase per deadline: the words from the phase's subject to its deadline.</summary>
    private static List<CommitmentPhase> Phases(SentenceFrame frame, List<DeadlineAt> deadlines, List<EventMention> events)
    {
        var view = frame.View;
        var phases = new List<CommitmentPhase>();
        var boundary = frame.First;
        foreach (var d in deadlines)
        {
            var trigger = events.Select(e => view.TokenAt(e.Trigger.Start)).Where(t => t >= boundary && t < d.First).DefaultIfEmpty(-1).Max();
            var start = trigger >= 0 ? SubjectStart(frame, trigger, boundary) : boundary;
            while (start < d.First && (view.IsPunct(start) || view.Word(start) is "with" or "and" or "while"))
            {
                start++; // ", with the remaining units crossing the border"
            }

            var what = start < d.First ? Text(view, start, d.First - 1) : "";
            phases.Add(new CommitmentPhase(what, d.Value, view.SpanOf(start, d.Last)));
            boundary = d.Last + 1;
        }

        return phases;
    }

    // Back from the trigger over its subject: "hundreds of troops leave", "the remainder departing".
    private static int SubjectStart(SentenceFrame frame, int trigger, int boundary)
    {
        var view = frame.View;
        var start = trigger;
        var taken = 0;
        while (start > boundary && taken < PhaseLookBack && !view.IsPunct(start - 1)
            && view.Word(start - 1) is not ("with" or "and" or "see" or "involve" or "include" or "that" or "to" or "as"))
        {
            start--;
            taken += view.Word(start) is "will" or "would" or "shall" ? 0 : 1; // auxiliaries are free: "400 fighters will leave"
        }

        while (start < trigger && (view.IsPunct(start) || view.Word(start) is "will" or "would" or "shall"))
        {
            start++;
        }

        return start;
    }

    private static string What(SentenceFrame frame, int trigger, int end)
    {
        var view = frame.View;
        var start = SubjectStart(frame, trigger, frame.ClauseStart(trigger));
        end = Math.Min(end, frame.End);
        return end > start ? Text(view, start, end - 1) : view.Text[view.Tokens[trigger].Span.Start..view.Tokens[trigger].Span.End];
    }

    private static bool Reports(SentenceFrame frame, params string[] words)
    {
        for (var t = frame.First; t < frame.End; t++)
        {
            if (words.Contains(frame.View.Word(t).ToString()))
            {
                return true;
            }
        }

        return false;
    }

    private static string Text(DocumentView view, int first, int last)
    {
        while (last > first && (view.IsPunct(last) || view.Word(last) is "by" or "before" or "until" or "the" or "end" or "of"))
        {
            last--;
        }

        return view.Text[view.Tokens[first].Span.Start..view.Tokens[last].Span.End];
    }
}
