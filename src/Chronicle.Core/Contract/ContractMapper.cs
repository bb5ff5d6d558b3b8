using Chronicle.Core.Model;

namespace Chronicle.Core.Contract;

/// <summary>Maps an annotated article to its JSON contract form.</summary>
public static class ContractMapper
{
    public static ArticleDto ToDto(AnnotatedArticle doc)
    {
        var a = doc.Article;
        var text = a.Text;
        return new ArticleDto(
            a.Id,
            a.Title,
            a.Outlet,
            a.Byline,
            a.Url,
            a.Source,
            a.Part,
            new PublishedDto(a.Published.Value, ContractNames.Of(a.Published.Precision), ContractNames.Of(a.Published.Origin), a.Published.Evidence),
            text,
            [.. doc.Sentences.Select(s => new SentenceDto(s.Span.Start, s.Span.End, s.Paragraph))],
            [.. doc.Times.Select(t => new TimeDto(
                t.Span.Start, t.Span.End, t.Span.Text(text), ContractNames.Of(t.Type), t.Value.Value,
                t.Value.Mod is { } m ? ContractNames.Of(m) : null, t.Confidence, t.Anchor))],
            [.. doc.Actors.Select(m => new ActorDto(m.Span.Start, m.Span.End, m.Span.Text(text), m.ActorId, m.Name, ContractNames.Of(m.Kind), m.Confidence))],
            [.. doc.Quotes.Select(q => new QuoteDto(
                q.Span.Start, q.Span.End, q.Span.Text(text), q.Direct, Span(q.Cue, text),
                new SpeakerDto(q.Speaker.Span?.Start, q.Speaker.Span?.End, q.Speaker.Span?.Text(text), q.Speaker.ActorId, q.Speaker.Name, q.Speaker.Description, q.Speaker.Affiliation),
                q.Venue, q.Via, q.Confidence))],
            [.. doc.Events.Select(e => new EventDto(
                e.Span.Start, e.Span.End, e.Span.Text(text), Span(e.Trigger, text), e.Type, e.Mode, e.Sources, e.Targets, e.Place,
                Time(e.Time), e.TimeFromPublication, ContractNames.Of(e.Modality), e.Negated, e.Confidence, e.TimeFromContext))],
            [.. doc.Claims.Select(c => new ClaimDto(
                c.Span.Start, c.Span.End, c.Span.Text(text), c.Quantity, c.Approx, c.Vague, c.Unit, c.About, c.Place, Time(c.Time), c.ClaimedBy, c.Confidence))],
            [.. doc.Commitments.Select(c => new CommitmentDto(
                c.Span.Start, c.Span.End, c.Span.Text(text), c.Who, c.Action, c.What, Time(c.Deadline),
                [.. c.Phases.Select(p => new PhaseDto(p.What, Time(p.Deadline)))], c.Conditions, ContractNames.Of(c.State), c.ClaimedBy, c.Confidence))],
            a.Summary);
    }

    public static TimeValueDto? Time(TimeValue? value) =>
        value is null ? null : new TimeValueDto(value.Value, value.Mod is { } m ? ContractNames.Of(m) : null);

    private static SpanDto Span(TextSpan span, string text) => new(span.Start, span.End, span.Text(text));
}
