using Chronicle.Core.Attribution;
using Chronicle.Core.Events.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Events.Commitments;

/// <summary>
/// "A timetable is being drawn up to cut the number of foreign advisers," the ministry's spokesman said:
/// a plan told in the agentless passive names no author, and the one who commits to it is not the doer
/// of the planned action (the advisers leaving) but the side that draws the plan up. An official who
/// says so speaks for that side: the country his introduction names ("the spokesperson for the Kestrian
/// prime minister, Ona Ferell", "Ona Ferell, a Kestrian government spokesperson,") or the one the speaker
/// description states ("a senior Kestrian official"). A "by …" agent, or a plan told outside a quote, is
/// left to the other rules.
/// </summary>
internal static class PlanAuthor
{
    private static readonly WordSet PlanNouns = WordSet.Of("timetable", "timeline", "schedule", "roadmap", "plan", "plans", "timetables", "timelines");

    private static readonly WordSet Be = WordSet.Of("is", "are", "was", "were", "been", "being", "be");

    private static readonly WordSet Drafting = WordSet.Of(
        "formulated", "drafted", "prepared", "drawn", "worked", "developed", "devised", "written", "designed", "finalised", "finalized", "set");

    // Words of an introduction that may stand between the nationality and the name: "the spokesperson for the Kestrian prime minister, …".
    private const int IntroductionReach = 10;

    /// <summary>The side that drafts the plan told in the sentence's agentless passive, or null when the sentence has none or its speaker's side is unknown.</summary>
    public static string? Of(SentenceFrame frame)
    {
        var view = frame.View;
        var plan = AgentlessPlan(frame);
        if (plan < 0 || view.QuoteAt(view.Tokens[plan].Span.Start) is not { } q)
        {
            return null;
        }

        var speaker = view.Doc.Quotes[q].Speaker;
        if (speaker.ActorId is null)
        {
            return speaker.Affiliation is { } affiliation && Demonyms.IsCountry(affiliation) ? affiliation : null;
        }

        return SideOf(view, speaker.ActorId);
    }

    // "a timetable is currently being formulated", "plans have been drawn up": the plan noun's token, or -1.
    private static int AgentlessPlan(SentenceFrame frame)
    {
        var view = frame.View;
        for (var t = frame.First; t < frame.End - 2; t++)
        {
            if (!PlanNouns.Contains(view.Word(t)))
            {
                continue;
            }

            var k = t + 1;
            var sawBe = false;
            while (k < frame.End && k - t <= 5 && (Be.Contains(view.Word(k)) || view.Word(k) is "currently" or "now" or "already" or "still" or "has" or "have" or "being"))
            {
                sawBe |= Be.Contains(view.Word(k));
                k++;
            }

            if (!sawBe || k >= frame.End || !Drafting.Contains(view.Word(k)))
            {
                continue;
            }

            var next = view.Word(k + 1) is "up" or "out" ? k + 2 : k + 1;
            return view.Is(next, "by") ? -1 : t;
        }

        return -1;
    }

    /// <summary>The country named in the introduction of the actor's first mention in the document, or null.</summary>
    private static string? SideOf(DocumentView view, string actorId)
    {
        foreach (var m in view.Actors)
        {
            if (m.ActorId != actorId)
            {
                continue;
            }

            var (first, end) = view.TokenRange(m.Span);
            // "the spokesperson for the Kestrian prime minister, Ona Ferell" / "Kestrian spokesperson Ona Ferell".
            for (var t = first - 1; t >= 0 && first - t <= IntroductionReach && !EndsSentence(view, t); t--)
            {
                if (Demonyms.CountryOf(view.Raw(t)) is { } before && view.IsCapitalized(t))
                {
                    return before;
                }
            }

            // "Ona Ferell, a Kestrian government spokesperson, said".
            if (view.Is(end, ","))
            {
                for (var t = end + 1; t < view.Tokens.Length && t - end <= IntroductionReach && !view.Is(t, ",") && !EndsSentence(view, t); t++)
                {
                    if (Demonyms.CountryOf(view.Raw(t)) is { } after && view.IsCapitalized(t))
                    {
                        return after;
                    }
                }
            }

            return null; // only the first mention introduces
        }

        return null;
    }

    private static bool EndsSentence(DocumentView view, int t) => view.Word(t) is "." or "!" or "?" or "said" or "says" or "told";
}
