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

    /// <remarks>
    /// <paramref name="events"/> are in document order (each spans its sentence), so the sentences before a
    /// reference are found by binary search and only the few within <see cref="Reach"/> are read.
    /// </remarks>
    public static void Apply(IReadOnlyList<Reference> references, ImmutableArray<EventMention>.Builder events, ImmutableArray<Sentence> sentences)
    {
        foreach (var reference in references)
        {
            var earliest = sentences[Math.Max(0, reference.Sentence - Reach)].Span.Start;
            var i = FirstAtOrAfter(events, sentences[reference.Sentence].Span.Start) - 1;
            while (i >= 0 && events[i].Span.Start >= earliest && !IsAntecedent(events[i], reference.Type))
            {
                i--;
            }

            if (i < 0 || events[i].Span.Start < earliest)
            {
                continue;
            }

            // Every event of the type in the antecedent's sentence: they are next to each other.
            var sentenceStart = events[i].Span.Start;
            for (var k = FirstAtOrAfter(events, sentenceStart); k < events.Count && events[k].Span.Start == sentenceStart; k++)
            {
                if (IsAntecedent(events[k], reference.Type))
                {
                    events[k] = events[k] with { Place = reference.Place };
                }
            }
        }
    }

    private static int FirstAtOrAfter(ImmutableArray<EventMention>.Builder events, int position) =>
        SortedSearch.LowerBound(events, events.Count, position, static (list, i) => list[i].Span.Start);

    private static bool IsAntecedent(EventMention e, string type) =>
        e.Type == type && e.Place is null && e.Time is not null && !e.TimeFromPublication && e.Modality == Modality.Occurred && !e.Negated;
}
