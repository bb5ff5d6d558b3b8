using System.Collections.Immutable;
using Chronicle.Core.Events.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Events;

/// <summary>
/// News often sums a statement up first and quotes it next: "The minister repeated her demand for the
/// monitors' exit. 'Their mandate is over,' she said at a summit in Oslo." The place named in the next
/// sentence's reporting clause, outside the quoted words, is where the summed-up statement was made, when
/// that quote has the same speaker as the statement's source. Only statements (requests, refusals,
/// threats, accusations) told as done and placed nowhere in their own sentence take it.
/// </summary>
internal static class SpeechPlace
{
    private static readonly string[] SpeechTypes = [EventTypes.Request, EventTypes.Reject, EventTypes.Threaten, EventTypes.Accuse];

    public static void Apply(DocumentView view, ImmutableArray<EventMention>.Builder events)
    {
        var sentences = view.Doc.Sentences;
        var quotes = view.Doc.Quotes;
        if (quotes.IsDefaultOrEmpty)
        {
            return;
        }

        var sentence = 0;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Place is not null || e.Modality != Modality.Occurred || e.Negated || e.Sources.Count == 0 || !SpeechTypes.Contains(e.Type))
            {
                continue;
            }

            // Events are in document order, each spanning its sentence: the sentence index only moves forward.
            while (sentence < sentences.Length && sentences[sentence].Span.End <= e.Span.Start)
            {
                sentence++;
            }

            if (sentence + 1 < sentences.Length && PlaceOfQuote(view, sentence + 1, e.Sources) is { } place)
            {
                events[i] = e with { Place = place };
            }
        }
    }

    /// <summary>
    /// The place in the reporting clause of a direct quote that opens the sentence (or whose cue is in it; a
    /// quote may run over several sentences before its "she said") and whose speaker is one of <paramref name="speakers"/>.
    /// </summary>
    private static string? PlaceOfQuote(DocumentView view, int sentence, IReadOnlyList<string> speakers)
    {
        var sentences = view.Doc.Sentences;
        var span = sentences[sentence].Span;
        var quote = view.Doc.Quotes.FirstOrDefault(q => q.Direct && (span.Contains(q.Cue) || (q.Span.Start >= span.Start && q.Span.Start < span.End))
            && q.Speaker.Name is { } name && speakers.Contains(name));
        if (quote is null)
        {
            return null;
        }

        var cueSentence = sentence;
        while (cueSentence + 1 < sentences.Length && sentences[cueSentence].Span.End <= quote.Cue.Start)
        {
            cueSentence++;
        }

        var frame = new SentenceFrame(view, cueSentence);
        return PlaceFinder.Find(frame, frame.First, frame.End)
            .FirstOrDefault(p => !quote.Span.Overlaps(view.SpanOf(p.First, p.Last)))?.Name;
    }
}
