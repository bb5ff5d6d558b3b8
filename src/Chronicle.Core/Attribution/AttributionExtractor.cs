using System.Collections.Immutable;
using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution;

/// <summary>
/// The attribution stage: finds direct and indirect quotes and states of mind, their cue, their
/// speaker (resolved actor, name, or anonymous description), where they were said (venue) and the
/// outlets the article relies on for them (via). Runs after the actors stage and uses its mentions
/// when present; otherwise it finds speaker names itself.
/// </summary>
/// <remarks>
/// Interrupted quotations ("…," Ryder said, "…") become two quotes sharing the cue and the speaker;
/// a quotation with no cue that opens a sentence after an attribution continues that speaker's quote
/// (it shares the cue too, and has no speaker span). Content spans never overlap: where frames nest
/// ("Reuters reported, citing sources as saying …"), the innermost content wins and the outer one is
/// cut before it.
/// </remarks>
public sealed class AttributionExtractor : IAnnotator
{
    public string Name => "attribution";

    public AnnotatedArticle Annotate(AnnotatedArticle article)
    {
        var v = new DocView(article);
        var segments = QuoteScanner.Scan(v.Text);
        var frames = new CueFrames(v, segments);
        var drafts = new List<Draft>();
        for (var s = 0; s < v.Sentences.Length; s++)
        {
            frames.Find(s, drafts);
        }

        for (var s = 0; s < v.Sentences.Length; s++)
        {
            frames.FindThatClauses(s, drafts);
            frames.FindStanceAdjectives(s, drafts);
            frames.FindColonQuotes(s, drafts);
            frames.FindSeemFrames(s, drafts);
            frames.FindNominal(s, drafts);
        }

        AddPullQuotes(v, segments, drafts);
        drafts = Overlaps.Resolve(v, drafts);
        AddContinuations(v, segments, drafts);
        drafts.Sort((x, y) => x.Content.Start.CompareTo(y.Content.Start));

        var names = new NameIndex(v);
        new SpeakerResolver(v, names, article.Actors.IsDefault ? [] : article.Actors).Resolve(drafts);
        new VenueAndChain(v, article.Article.Outlet).Apply(drafts);

        var quotes = ImmutableArray.CreateBuilder<Quote>(drafts.Count);
        foreach (var d in drafts)
        {
            var info = d.Speaker;
            var speaker = new Speaker(d.SpeakerSpan, info?.ActorId, info?.Name, info?.Description, info?.Affiliation);
            quotes.Add(new Quote(d.Content, d.Direct, d.Cue, speaker, d.Venue, [.. d.Via], d.Confidence));
        }

        return article with { Quotes = quotes.ToImmutable() };
    }

    /// <summary>
    /// A pull quote: a paragraph that is one quotation, followed by a line "- Iraqi negotiator" naming
    /// its speaker. The dash is the cue.
    /// </summary>
    private static void AddPullQuotes(DocView v, List<QuoteSegment> segments, List<Draft> drafts)
    {
        for (var s = 1; s < v.Sentences.Length; s++)
        {
            var a = v.SentenceStart[s];
            var b = v.SentenceEnd[s];
            if (a >= b || !(v.IsPunct(a, '-') || v.IsPunct(a, '\u2014') || v.IsPunct(a, '\u2013')) || b - a > 8 || !v.IsWord(a + 1))
            {
                continue;
            }

            var previous = v.Sentences[s - 1].Span;
            foreach (var seg in segments)
            {
                if (seg.Content.Start <= previous.Start + 1 && seg.Content.End >= previous.End - 2 && previous.Contains(seg.Content))
                {
                    var last = b - 1;
                    while (last > a && !v.IsWord(last))
                    {
                        last--;
                    }

                    drafts.Add(new Draft
                    {
                        Content = seg.Content, Direct = true, Cue = v.Span(a, a), SpeakerSpan = v.Span(a + 1, last), Sentence = s, Confidence = 0.7,
                        Kind = CueKind.Speech,
                    });
                    break;
                }
            }
        }
    }

    /// <summary>
    /// A quotation of four or more words that opens a sentence with no cue of its own continues the
    /// speaker of the attribution just before it (same or previous two paragraphs).
    /// </summary>
    private static void AddContinuations(DocView v, List<QuoteSegment> segments, List<Draft> drafts)
    {
        var ordered = drafts.OrderBy(d => d.Content.Start).ToList();
        var added = new List<Draft>();
        foreach (var seg in segments)
        {
            if (seg.Single || v.CountWords(seg.Content) < 4 || Covered(drafts, seg.Content) || Covered(added, seg.Content))
            {
                continue;
            }

            var token = v.TokenAt(seg.Content.Start);
            var s = SentenceOf(v, seg.Content.Start);
            if (s < 0)
            {
                continue;
            }

            var opensSentence = v.Sentences[s].Span.Start >= seg.Content.Start - 1 || !seg.Opened;
            if (!opensSentence || token >= v.Tokens.Length)
            {
                continue;
            }

            Draft? previous = null;
            foreach (var d in ordered.Concat(added))
            {
                if (d.Content.Start < seg.Content.Start && (previous is null || d.Content.Start > previous.Content.Start))
                {
                    previous = d;
                }
            }

            if (previous is null || v.Paragraph(s) - v.Paragraph(previous.Sentence) > 2 || previous.SpeakerSpan is null && previous.ContinuationOf is null)
            {
                continue;
            }

            var root = previous.ContinuationOf ?? previous;
            var content = seg.Content;
            foreach (var d in drafts)
            {
                if (d.Content.Overlaps(content) && d.Content.Start > content.Start)
                {
                    content = new TextSpan(content.Start, d.Content.Start); // stop before a later attribution
                }
            }

            if (content.Length < 3)
            {
                continue;
            }

            added.Add(new Draft
            {
                Content = content, Direct = true, Cue = root.Cue, Sentence = s, Confidence = 0.6, Kind = root.Kind, ContinuationOf = root,
                Recipient = root.Recipient,
            });
        }

        drafts.AddRange(added);
    }

    private static bool Covered(List<Draft> drafts, TextSpan span)
    {
        foreach (var d in drafts)
        {
            if (d.Content.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    private static int SentenceOf(DocView v, int pos)
    {
        for (var s = 0; s < v.Sentences.Length; s++)
        {
            if (v.Sentences[s].Span.End > pos)
            {
                return s;
            }
        }

        return -1;
    }
}
