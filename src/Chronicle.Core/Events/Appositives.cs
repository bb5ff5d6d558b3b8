using Chronicle.Core.Events.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Events;

/// <summary>
/// A name followed by a description between commas is one participant, the name: in "Mara Lentz, the
/// leader of the Union Party, on Monday urged …" the one who urges is Mara Lentz, not the party her
/// description names; in "the appeal made in May by the movement's founder, Tomas Varn" the agent is
/// Tomas Varn.
/// </summary>
internal static class Appositives
{
    // A description is a short noun phrase: "the spokesman of Turkey's ruling AK Party", "the founder of the X (Y)".
    private const int MaxDescription = 12;

    // What may stand between the closing comma and the trigger: "on Thursday", "last week", "also".
    private const int MaxBetween = 4;

    private const int AgentReach = 4;
    private const int MaxAgentDescription = 5;

    private static readonly WordSet Openers = WordSet.Of("the", "a", "an", "its", "their", "his", "her", "whose");

    /// <summary>
    /// The name a subject's description hangs from, when <paramref name="inner"/> (the names found just before
    /// the trigger) lies inside "NAME, the …," right before the trigger; else null.
    /// </summary>
    public static MentionAt? HeadOf(SentenceFrame frame, MentionAt inner, int trigger)
    {
        var view = frame.View;
        var close = -1;
        for (var t = inner.Last + 1; t < trigger; t++)
        {
            if (view.Word(t) is ",")
            {
                close = t;
                break;
            }
        }

        if (close < 0 || trigger - close - 1 > MaxBetween || HasVerbLikeBreak(view, close + 1, trigger))
        {
            return null;
        }

        for (var open = inner.First - 1; open >= frame.First && inner.First - open <= MaxDescription; open--)
        {
            if (view.Word(open) is not ",")
            {
                continue;
            }

            if (!Openers.Contains(view.Word(open + 1)))
            {
                return null;
            }

            return frame.Mentions.FirstOrDefault(m => m.Last == open - 1 && m.Mention.Kind != ActorKind.Place && !frame.IsSpeaker(m, trigger));
        }

        return null;
    }

    /// <summary>
    /// True when the mention at <paramref name="first"/> is the name after "by the …'s description," that follows the
    /// trigger closely, a time expression aside ("the call made on 27 May by the group's founder, X").
    /// </summary>
    public static bool IsAgentByDescription(DocumentView view, int first, int triggerLast)
    {
        var t = first - 1;
        if (!view.Is(t, ","))
        {
            return false;
        }

        var words = 0;
        for (t--; t > triggerLast && words < MaxAgentDescription && !view.Is(t, "by"); t--)
        {
            if (view.IsPunct(t))
            {
                return false;
            }

            words++;
        }

        if (!view.Is(t, "by") || words == 0)
        {
            return false;
        }

        var between = 0;
        for (var k = triggerLast + 1; k < t; k++)
        {
            between += view.InTime(k) || view.Word(k) is "on" or "in" or "at" ? 0 : 1;
        }

        return between <= AgentReach;
    }

    private static readonly WordSet Relatives = WordSet.Of("that", "who", "which");
    private static readonly WordSet Auxiliaries = WordSet.Of("had", "has", "have", "was", "were", "is", "are", "will", "would", "also", "then", "later", "first");

    /// <summary>
    /// The name a subject relative clause hangs from: the clause opens with "that/who/which" right after a name
    /// ("… of the X party that had visited him") and only auxiliaries stand between it and the trigger; else null.
    /// </summary>
    public static MentionAt? RelativeAntecedent(SentenceFrame frame, int clauseStart, int trigger)
    {
        var view = frame.View;
        if (!Relatives.Contains(view.Word(clauseStart)) || clauseStart <= frame.First)
        {
            return null;
        }

        for (var t = clauseStart + 1; t < trigger; t++)
        {
            if (!Auxiliaries.Contains(view.Word(t)))
            {
                return null;
            }
        }

        return frame.Mentions.FirstOrDefault(m => m.Last == clauseStart - 1 && m.Mention.Kind != ActorKind.Place && m.Mention.Kind != ActorKind.Media);
    }

    /// <summary>
    /// "the ceasefire the group declared", "the deal both sides signed": a name right after the noun trigger
    /// (after "the" at most) followed by a past-tense verb is who made it; else null.
    /// </summary>
    public static MentionAt? ReducedRelativeSubject(SentenceFrame frame, int triggerLast)
    {
        var view = frame.View;
        var first = triggerLast + 1;
        if (view.Is(first, "the"))
        {
            first++;
        }

        var m = frame.Mentions.FirstOrDefault(x => x.First == first);
        if (m is null || m.Mention.Kind is ActorKind.Place or ActorKind.Media)
        {
            return null;
        }

        var verb = view.Word(m.Last + 1);
        return verb.Length > 4 && verb.EndsWith("ed") && !view.IsCapitalized(m.Last + 1) || verb is "made" or "struck" or "signed" or "gave" or "took" or "held"
            ? m
            : null;
    }

    private static bool HasVerbLikeBreak(DocumentView view, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (view.Word(t) is "and" or "but" or "or" or "who" or "which" or "that" || view.IsPunct(t))
            {
                return true;
            }
        }

        return false;
    }
}
