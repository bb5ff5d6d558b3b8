using System.Collections.Immutable;
using Chronicle.Core.Events.Lexicon;
using Chronicle.Core.Events.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Events;

/// <summary>
/// News names an event by its place once it has been told: "Wednesday night a drone dropped explosives
/// on a base … Days before the Erbil attack, the prime minister …". A definite mention "the &lt;place&gt;
/// &lt;trigger&gt;" gives its place to the event it refers back to: the nearest earlier sentence, a few
/// sentences back at most, with a dated, placeless event of the same type told as a fact. Undated or
/// non-factual events are not taken as the antecedent (they are background, not the event named), and
/// an event whose own sentence names a place keeps it.
/// </summary>
internal static class PlaceByReference
{
    // How many sentences back the event a place-named reference points at may be told.
    private const int Reach = 8;

    /// <summary>A definite, place-named mention found while extracting: its sentence, type and place.</summary>
    internal sealed record Reference(int Sentence, string Type, string Place);

    /// <summary>"the Erbil attack": the trigger right after a place name that follows "the".</summary>
    public static Reference? Find(SentenceFrame frame, TriggerMatch match, IReadOnlyList<PlaceAt> places)
    {
        var view = frame.View;
        var before = places.FirstOrDefault(p => p.Last == match.First - 1);
        return before is not null && view.Is(before.First - 1, "the") ? new Reference(frame.Index, match.Entry.Type, before.Name) : null;
    }

    public static void Apply(IReadOnlyList<Reference> references, ImmutableArray<EventMention>.Builder events, ImmutableArray<Sentence> sentences)
    {
        foreach (var reference in references)
        {
            var earliest = sentences[Math.Max(0, reference.Sentence - Reach)].Span.Start;
            var own = sentences[reference.Sentence].Span.Start;
            int? antecedentStart = null;
            for (var i = events.Count - 1; i >= 0; i--)
            {
                var e = events[i];
                if (e.Span.Start >= own || e.Span.Start < earliest)
                {
                    continue;
                }

                if (IsAntecedent(e, reference.Type))
                {
                    antecedentStart = e.Span.Start;
                    break;
                }
            }

            if (antecedentStart is not { } sentenceStart)
            {
                continue;
            }

            for (var i = 0; i < events.Count; i++)
            {
                if (events[i].Span.Start == sentenceStart && IsAntecedent(events[i], reference.Type))
                {
                    events[i] = events[i] with { Place = reference.Place };
                }
            }
        }
    }

    private static bool IsAntecedent(EventMention e, string type) =>
        e.Type == type && e.Place is null && e.Time is not null && !e.TimeFromPublication && e.Modality == Modality.Occurred && !e.Negated;
}
