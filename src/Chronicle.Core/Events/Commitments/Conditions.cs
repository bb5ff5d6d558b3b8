using Chronicle.Core.Events.Text;

namespace Chronicle.Core.Events.Commitments;

/// <summary>
/// Conditions a plan depends on: the text after "depend(s/ent) on", "conditional on", "subject to",
/// "provided that", "contingent on", "as long as", split at "as well as" and ";" ("dependent on the
/// threat posed by the group, as well as the capacities of the army" → two conditions); and the
/// subject of "will (also) be assessed/evaluated/reviewed" ("the army's readiness will be assessed").
/// </summary>
internal static class Conditions
{
    private const int MaxLength = 160;

    public static List<string> Find(SentenceFrame frame)
    {
        var view = frame.View;
        var result = new List<string>();
        for (var t = frame.First; t < frame.End - 1; t++)
        {
            var w = view.Word(t);
            var cueEnd = -1;
            if (w is "depend" or "depends" or "depending" or "dependent" or "conditional" or "conditioned" or "contingent" or "hinges" or "hinge"
                && view.Word(t + 1) is "on" or "upon")
            {
                cueEnd = t + 1;
            }
            else if ((w is "subject" && view.Is(t + 1, "to")) || (w is "provided" && view.Is(t + 1, "that")))
            {
                cueEnd = t + 1;
            }
            else if (w is "as" && view.Is(t + 1, "long") && view.Is(t + 2, "as"))
            {
                cueEnd = t + 2;
            }
            else if (w is "until" or "unless" && !view.InTime(t + 1) && !Cues.Months.Contains(view.Word(t + 1)) && HasNegationBefore(frame, t))
            {
                cueEnd = t; // "will not withdraw until the prisoners are freed": the release is the condition
            }

            if (cueEnd >= 0)
            {
                var end = ConditionEnd(frame, cueEnd + 1);
                Split(view, cueEnd + 1, end, result);
                t = end;
            }
            else if (w is "will" or "would" && IsAssessment(view, t + 1) && t > frame.First)
            {
                var start = frame.ClauseStart(t);
                Split(view, start, t, result);
            }
        }

        return result;
    }

    private static bool HasNegationBefore(SentenceFrame frame, int t)
    {
        for (var k = frame.ClauseStart(t); k < t; k++)
        {
            if (Cues.IsNegator(frame.View.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAssessment(DocumentView view, int t)
    {
        if (view.Is(t, "also"))
        {
            t++;
        }

        return view.Is(t, "be") && view.Word(t + 1) is "assessed" or "evaluated" or "reviewed" or "examined" or "considered";
    }

    // A condition runs to the end of the sentence, or to a clause that is no longer part of it.
    private static int ConditionEnd(SentenceFrame frame, int from)
    {
        var view = frame.View;
        for (var t = from; t < frame.End; t++)
        {
            if (view.Raw(t) is "." or ";" || (view.Raw(t) is "," && view.Word(t + 1) is "said" or "the" or "according" or "he" or "she" or "they" or "which"))
            {
                return t;
            }
        }

        return frame.End;
    }

    private static void Split(DocumentView view, int start, int end, List<string> into)
    {
        var pieceStart = start;
        for (var t = start; t <= end; t++)
        {
            var boundary = t == end
                || (view.Is(t, "as") && view.Is(t + 1, "well") && view.Is(t + 2, "as"))
                || view.Raw(t) is ";";
            if (!boundary)
            {
                continue;
            }

            if (t > pieceStart)
            {
                var text = Clean(view.Text[view.Tokens[pieceStart].Span.Start..view.Tokens[t - 1].Span.End]);
                if (text.Length > 3)
                {
                    into.Add(text.Length > MaxLength ? text[..MaxLength] : text);
                }
            }

            pieceStart = view.Is(t, "as") ? t + 3 : t + 1;
            t = pieceStart - 1;
        }
    }

    private static string Clean(string s)
    {
        // "…through the valley, Voss said": the attribution is not part of the condition.
        var comma = s.LastIndexOf(',');
        if (comma > 0 && s[(comma + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: <= 5 } tail
            && tail.Any(w => Cues.Reporting.Contains(w.ToLowerInvariant())))
        {
            s = s[..comma];
        }

        s = s.Trim().Trim('"', '\u201C', '\u201D', ',', ' ', '.').Trim();
        if (s.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            s = s[4..].Trim().Trim('"', '\u201C', '\u201D').Trim();
        }

        return s.TrimEnd(',', '"', '\u201D', ' ');
    }
}
