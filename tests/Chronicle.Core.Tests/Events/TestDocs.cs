using System.Collections.Immutable;
using Chronicle.Core.Events;
using Chronicle.Core.Events.Claims;
using Chronicle.Core.Events.Commitments;
using Chronicle.Core.Model;
using Chronicle.Core.Segmenting;

namespace Chronicle.Core.Tests.Events;

/// <summary>
/// Builds annotated articles by hand for the event stages: our own text, segmented, with the time,
/// actor and quote layers set from substrings, as the upstream stages would set them.
/// </summary>
internal sealed class TestDoc
{
    private readonly string _text;
    private readonly List<TimeExpression> _times = [];
    private readonly List<ActorMention> _actors = [];
    private readonly List<Quote> _quotes = [];
    private PublicationTime _published = PublicationTime.Unknown;

    public TestDoc(string text) => _text = text;

    public TestDoc Published(string day)
    {
        GivenDate.TryParse(day, out _published, out _);
        return this;
    }

    public TestDoc Time(string expression, string value, TimexMod? mod = null, TimexType type = TimexType.Date, int occurrence = 0)
    {
        _times.Add(new TimeExpression(Find(expression, occurrence), type, new TimeValue(value, mod), 0.9));
        return this;
    }

    public TestDoc Actor(string form, string name, ActorKind kind, int occurrence = 0)
    {
        _actors.Add(new ActorMention(Find(form, occurrence), "test:" + name, name, kind, 0.9));
        return this;
    }

    /// <summary>Every occurrence of the form is a mention of the actor.</summary>
    public TestDoc Actors(string form, string name, ActorKind kind)
    {
        var at = 0;
        while ((at = _text.IndexOf(form, at, StringComparison.Ordinal)) >= 0)
        {
            _actors.Add(new ActorMention(TextSpan.FromLength(at, form.Length), "test:" + name, name, kind, 0.9));
            at += form.Length;
        }

        return this;
    }

    public TestDoc Quote(string content, string cue, string speaker, params string[] via)
    {
        _quotes.Add(new Quote(Find(content), false, Find(cue), new Speaker(null, null, speaker, null), null, via, 0.9));
        return this;
    }

    public TestDoc DirectQuote(string content, string cue, string speaker, string? actorId = null, string? affiliation = null, bool anonymous = false)
    {
        var who = anonymous ? new Speaker(null, null, null, speaker, affiliation) : new Speaker(null, actorId, speaker, null, affiliation);
        _quotes.Add(new Quote(Find(content), true, Find(cue), who, null, [], 0.9));
        return this;
    }

    public AnnotatedArticle Build()
    {
        var article = new Article("test", _text, "test.txt", 1, "test", "Test", null, null, null, _published);
        var doc = new SentenceSegmenter().Annotate(new AnnotatedArticle(article));
        return doc with
        {
            Times = [.. _times.OrderBy(t => t.Span.Start)],
            Actors = [.. _actors.OrderBy(a => a.Span.Start)],
            Quotes = [.. _quotes],
        };
    }

    /// <summary>Runs events, claims and commitments, in pipeline order.</summary>
    public AnnotatedArticle Run()
    {
        var doc = Build();
        doc = new EventExtractor().Annotate(doc);
        doc = new ClaimExtractor().Annotate(doc);
        return new CommitmentExtractor().Annotate(doc);
    }

    private TextSpan Find(string s, int occurrence = 0)
    {
        var at = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            at = _text.IndexOf(s, at + 1, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new ArgumentException($"'{s}' (occurrence {occurrence}) is not in the test text");
            }
        }

        return TextSpan.FromLength(at, s.Length);
    }
}

internal static class EventAssert
{
    public static EventMention Single(AnnotatedArticle doc, string type, string trigger)
    {
        var matches = doc.Events.Where(e => e.Type == type && e.Trigger.Text(doc.Text) == trigger).ToList();
        Assert.True(matches.Count == 1, $"expected one {type} on '{trigger}', got: {Describe(doc)}");
        return matches[0];
    }

    public static string Describe(AnnotatedArticle doc) =>
        string.Join("; ", doc.Events.Select(e => $"{e.Type}/{e.Mode} '{e.Trigger.Text(doc.Text)}' {e.Modality} [{string.Join(",", e.Sources)}]→[{string.Join(",", e.Targets)}] @{e.Place}"));

    public static ImmutableArray<EventMention> Occurred(AnnotatedArticle doc) => [.. doc.Events.Where(e => e.Modality == Modality.Occurred)];
}
