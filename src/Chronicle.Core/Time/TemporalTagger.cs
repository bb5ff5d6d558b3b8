using System.Collections.Immutable;
using Chronicle.Core.Model;
using Chronicle.Core.Segmenting;

namespace Chronicle.Core.Time;

/// <summary>
/// The temporal stage: finds temporal expressions sentence by sentence with the hand-written
/// <see cref="TimeGrammar"/> and normalises them TIMEX3-style with <see cref="TimeResolver"/> against
/// the article's publication time. Deterministic and allocation-light; no clock is ever read.
/// </summary>
public sealed class TemporalTagger : IAnnotator
{
    public string Name => "time";

    public AnnotatedArticle Annotate(AnnotatedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var sentences = article.Sentences.IsDefaultOrEmpty ? SentenceSegmenter.Split(article.Text) : article.Sentences;
        return article with { Times = Tag(article.Text, article.Article.Published, sentences) };
    }

    /// <summary>Tags <paramref name="text"/>, splitting it into sentences first.</summary>
    public static ImmutableArray<TimeExpression> Tag(string text, PublicationTime published) =>
        Tag(text, published, SentenceSegmenter.Split(text));

    /// <summary>Tags <paramref name="text"/> whose sentences are already known.</summary>
    public static ImmutableArray<TimeExpression> Tag(string text, PublicationTime published, ImmutableArray<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(published);
        var resolver = new TimeResolver(PublicationAnchor.From(published));
        var result = ImmutableArray.CreateBuilder<TimeExpression>();
        var tokens = TimeTokenizer.Tokenize(text, 0, text.Length);
        var hi = 0;
        var lineEnd = -1;
        var teaserLine = false;
        for (var s = 0; s < sentences.Length; s++)
        {
            var span = sentences[s].Span;
            var lo = hi;
            while (lo < tokens.Length && tokens[lo].Start < span.Start)
            {
                lo++;
            }

            hi = lo;
            while (hi < tokens.Length && tokens[hi].End <= span.End)
            {
                hi++;
            }

            if (span.End > lineEnd)
            {
                // Once per line: does it end in an ellipsis (a truncated teaser or caption)?
                lineEnd = text.IndexOf('\n', span.End);
                lineEnd = lineEnd < 0 ? text.Length : lineEnd;
                teaserLine = EndsTeaser(text.AsSpan(0, lineEnd));
            }

            var anchors = !teaserLine;
            var grammar = new TimeGrammar(text, tokens, lo, hi);
            foreach (var match in grammar.MatchAll())
            {
                var m = match;
                Func<Tense> strict = () => TenseEstimator.Estimate(text, tokens, lo, hi, m.Start, m.End, strict: true);
                Func<Tense> loose = () => TenseEstimator.Estimate(text, tokens, lo, hi, m.Start, m.End);

                // "by February", "by Friday": a deadline lies ahead unless the clause is plainly past ("had left by May").
                if (m.Start > lo && tokens[m.Start - 1].Is("by"))
                {
                    loose = strict = () => TenseEstimator.Estimate(text, tokens, lo, hi, m.Start, m.End, strict: true) == Tense.Past ? Tense.Past : Tense.Future;
                }

                var resolved = resolver.Resolve(m, loose, strict, s, anchors);
                var mod = resolved.Mod ?? (m.Start > lo ? SignalMod(tokens[m.Start - 1], resolved.Type) : null);
                var textSpan = new TextSpan(tokens[m.Start].Start, tokens[m.End - 1].End);
                result.Add(new TimeExpression(textSpan, resolved.Type, new TimeValue(resolved.Value.Timex, mod), resolved.Confidence, resolved.Anchor));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// True when the line holding a sentence ends in an ellipsis: a truncated teaser or caption of a
    /// scraped page ("… the offensive against the United States…"). Its dates are tagged but do not
    /// become the anchor of "the next day".
    /// </summary>
    private static bool EndsTeaser(ReadOnlySpan<char> upToLineEnd)
    {
        var line = upToLineEnd.TrimEnd();
        return line.EndsWith("\u2026", StringComparison.Ordinal) || line.EndsWith("...", StringComparison.Ordinal);
    }

    /// <summary>
    /// The boundary a preposition puts on a date: "by September 2025" (on or before), "until", "before",
    /// "after", "since" (on or after). The preposition is a TimeML signal, outside the extent.
    /// </summary>
    private static TimexMod? SignalMod(TimeToken before, TimexType type)
    {
        if (type is TimexType.Duration or TimexType.Set)
        {
            return null;
        }

        return before.Lower switch
        {
            "by" or "until" or "till" => TimexMod.OnOrBefore,
            "before" => TimexMod.Before,
            "after" => TimexMod.After,
            "since" => TimexMod.OnOrAfter,
            _ => null,
        };
    }
}
