using System.Collections.Frozen;
using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution;

/// <summary>
/// Questions put to someone: "when pressed on why the plan leaves out fathers, …", "When pressed by the moderator about how
/// he would …", "a host who had pressed him on his taxes". The one who asks is the source (none named in the first), the
/// topic after "on"/"about" is the content.
/// </summary>
internal sealed partial class CueFrames
{
    private static readonly FrozenSet<string> QuestioningVerbs = new[] { "pressed", "questioned", "grilled", "quizzed" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public void FindQuestioning(int s, List<Draft> into)
    {
        var a = v.SentenceStart[s];
        var b = v.SentenceEnd[s];
        for (var i = a; i < b - 2; i++)
        {
            if (!v.In(i, QuestioningVerbs) || (v.IsCap(i) && i > a) || InsideQuotation(i))
            {
                continue;
            }

            TextSpan? asker = null;
            var k = i + 1;
            if (i - 1 >= a && v.In(i - 1, TimeSubordinators))
            {
                if (v.Is(k, "by") && PhraseScanner.Right(v, k + 1, b) is { } agent)
                {
                    asker = agent; // "When pressed by Holt about …"
                    k = v.TokenAt(agent.End); // the token after the agent
                }
            }
            else if (SubjectBeforeQuestioning(i, a) is { } subject && ObjectPronounOrName(k, b) is var objectEnd and >= 0)
            {
                asker = subject; // "who had pressed him on his failure to …"
                k = objectEnd + 1;
            }
            else
            {
                continue;
            }

            var last = TopicEnd(k + 1, b);
            if (!(v.Is(k, "on") || v.Is(k, "about")) || last < k + 2)
            {
                continue;
            }

            // A report around it ("She said …, and when pressed on …") is cut before it later: no coverage test here.
            into.Add(new Draft
            {
                Content = v.Span(k + 1, last), Cue = asker is not null && v.Is(i + 1, "by") ? v.Span(i, i) : v.Span(i, k), SpeakerSpan = asker, Sentence = s, Confidence = 0.5, Kind = CueKind.Speech,
            });
        }
    }

    private static readonly FrozenSet<string> TimeSubordinators = new[] { "when", "after", "if", "once", "while" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The subject of a finite "pressed": a relative pronoun or the phrase before it (with auxiliaries skipped).</summary>
    private TextSpan? SubjectBeforeQuestioning(int i, int a)
    {
        var end = PhraseScanner.SkipVerbPrefix(v, i - 1, a);
        if (end < a)
        {
            return null;
        }

        return v.Is(end, "who") ? v.Span(end, end) : PhraseScanner.Left(v, end, a);
    }

    /// <summary>The last token of "him", "her", "them" or a short name at <paramref name="k"/>, or -1.</summary>
    private int ObjectPronounOrName(int k, int b)
    {
        if (v.In(k, ObjectPronouns))
        {
            return k;
        }

        var end = k;
        while (end < b && end - k < 4 && (v.IsCap(end) || (v.IsPunct(end, '.') && v.IsCap(end + 1))))
        {
            end++;
        }

        return end > k && !v.In(k, SpeakerWords.CapitalisedFunctionWords) ? end - 1 : -1;
    }

    /// <summary>The last word of the topic: up to the comma, semicolon or sentence end.</summary>
    private int TopicEnd(int from, int b)
    {
        var k = from;
        while (k < b && !v.IsPunct(k, ',') && !v.IsPunct(k, ';') && !v.IsPunct(k, '.') && !v.IsQuoteMark(k))
        {
            k++;
        }

        var last = k - 1;
        while (last >= from && !v.IsWord(last))
        {
            last--;
        }

        return last;
    }
}
