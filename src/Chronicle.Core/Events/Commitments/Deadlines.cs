using Chronicle.Core.Events.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Events.Commitments;

/// <summary>A deadline in a sentence: its value with direction, and the tokens of its expression (with "by").</summary>
internal sealed record DeadlineAt(TimeValue Value, int First, int Last);

/// <summary>
/// Deadlines come from the time layer: an expression that carries a deadline modifier (ON_OR_BEFORE,
/// BEFORE, END) or that follows "by", "before", "until", "no later than". "by September 2025" →
/// 2025-09 ON_OR_BEFORE; "by the end of 2026" keeps the time layer's 2026 END; "within three months"
/// counts from the sentence's day (<see cref="WithinDeadline"/>).
/// </summary>
internal static class Deadlines
{
    public static List<DeadlineAt> Find(SentenceFrame frame)
    {
        var view = frame.View;
        var found = new List<DeadlineAt>();
        foreach (var t in view.TimesIn(frame.Span))
        {
            if (t.Type is TimexType.Set)
            {
                continue;
            }

            if (t.Type is TimexType.Duration && WithinDeadline.Read(frame, t) is { } within)
            {
                found.Add(new DeadlineAt(within.Value, within.First, Math.Max(within.First, view.TokenAt(t.Span.End) - 1)));
                continue;
            }

            var first = view.TokenAt(t.Span.Start);
            var last = Math.Max(first, view.TokenAt(t.Span.End) - 1);
            var before = first - 1;
            while (before > frame.First && view.Word(before) is "the" or "end" or "of" or "late" or "early")
            {
                before--;
            }

            var cue = before >= frame.First ? view.Word(before) : default;
            TimexMod? mod = cue switch
            {
                "by" => TimexMod.OnOrBefore,
                "before" => TimexMod.Before,
                "until" or "till" => TimexMod.OnOrBefore,
                "than" when view.Is(before - 1, "later") => TimexMod.OnOrBefore,
                _ => null,
            };
            var value = t.Value;
            if (value.Mod is TimexMod.OnOrBefore or TimexMod.Before or TimexMod.End)
            {
                found.Add(new DeadlineAt(value, mod is null ? first : before, last));
            }
            else if (mod is { } m && t.Type is TimexType.Date or TimexType.Time)
            {
                found.Add(new DeadlineAt(value with { Mod = value.Mod ?? m }, before, last));
            }
        }

        found.Sort((a, b) => a.First.CompareTo(b.First));
        return found;
    }
}
