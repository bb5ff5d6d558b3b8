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
            frames.FindEvidentials(s, drafts);
            frames.FindThatClauses(s, drafts);
            frames.FindStanceAdjectives(s, drafts);
            frames.FindExperiencers(s, drafts);
            frames.FindProvisions(s, drafts);
            frames.FindImpersonalStances(s, drafts);
            frames.FindColonQuotes(s, drafts);
            frames.FindSeemFrames(s, drafts);
            frames.FindNominal(s, drafts);
            frames.FindQuestioning(s, drafts);
            frames.FindFramingAdjuncts(s, drafts);
            frames.FindEstimates(s, drafts);
            frames.FindDocumentOpenings(s, drafts);
            frames.FindDocumentClosings(s, drafts);
        }

        AddPullQuotes(v, segments, drafts);
        drafts = SpeakerSanity.KeepPlausible(v, drafts);
        OpeningClauses.Bound(v, drafts);
        TrailingClauses.Bound(v, drafts);
        drafts = Overlaps.Resolve(v, drafts);
        AddContinuations(v, segments, drafts, article.Actors.IsDefault ? [] : [.. article.Actors.OrderBy(m => m.Span.Start)]);
        CloseBrackets(v, drafts);
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
        List<(int Start, int Seq)>? byStart = null;
        for (var s = 1; s < v.Sentences.Length; s++)
        {
            var a = v.SentenceStart[s];
            var b = v.SentenceEnd[s];
            if (a >= b || !(v.IsPunct(a, '-') || v.IsDash(a)) || b - a > 8 || !v.IsWord(a + 1))
            {
                continue;
            }

            // The first segment (in scan order) that fills the previous sentence: it starts at most one
            // character into it, so only segments starting there need a look.
            var previous = v.Sentences[s - 1].Span;
            byStart ??= ByStart(segments.Select(x => x.Content.Start));
            var first = int.MaxValue;
            for (var k = LowerBound(byStart, previous.Start); k < byStart.Count && byStart[k].Start <= previous.Start + 1; k++)
            {
                var seg = segments[byStart[k].Seq];
                if (seg.Content.Start <= previous.Start + 1 && seg.Content.End >= previous.End - 2 && previous.Contains(seg.Content))
                {
                    first = Math.Min(first, byStart[k].Seq);
                }
            }

            if (first < int.MaxValue)
            {
                var seg = segments[first];
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
            }
        }
    }

    /// <summary>
    /// A quotation of four or more words that opens a sentence with no cue of its own continues the
    /// speaker of the attribution just before it (same or previous two paragraphs).
    /// </summary>
    private static void AddContinuations(DocView v, List<QuoteSegment> segments, List<Draft> drafts, IReadOnlyList<ActorMention> actors)
    {
        // Drafts by content start and by the blocks they cover, so each segment looks only at the drafts around it.
        var byStart = ByStart(drafts.Select(d => d.Content.Start));
        var covered = new SpanBuckets();
        foreach (var d in drafts)
        {
            covered.Add(d.Content);
        }

        var added = new List<Draft>();
        var addedByStart = new List<(int Start, int Seq)>();
        foreach (var seg in segments)
        {
            if (seg.Single || v.CountWords(seg.Content) < 4 || covered.Overlapping(seg.Content).Count > 0)
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

            // The draft starting last before the segment (the first such draft, then the first such continuation, on a tie).
            var previous = LastStartingBefore(byStart, drafts, seg.Content.Start);
            if (LastStartingBefore(addedByStart, added, seg.Content.Start) is { } continued && (previous is null || continued.Content.Start > previous.Content.Start))
            {
                previous = continued;
            }

            if (previous is null || v.Paragraph(s) - v.Paragraph(previous.Sentence) > 2 || previous.SpeakerSpan is null && previous.ContinuationOf is null)
            {
                continue;
            }

            var root = previous.ContinuationOf ?? previous;
            if (OtherPersonBetween(v, actors, root, previous.Sentence, s))
            {
                continue; // "… Pence said. ¶ Sen. Bernie Sanders … identified … “The younger people are …”": not Pence's words
            }

            var content = seg.Content;
            for (var k = LowerBound(byStart, content.Start + 1); k < byStart.Count && byStart[k].Start < content.End; k++)
            {
                if (drafts[byStart[k].Seq].Content.End > content.Start)
                {
                    content = new TextSpan(content.Start, byStart[k].Start); // stop before a later attribution
                    break;
                }
            }

            if (content.Length < 3)
            {
                continue;
            }

            var draft = new Draft
            {
                Content = content, Direct = true, Cue = root.Cue, Sentence = s, Confidence = 0.6, Kind = root.Kind, ContinuationOf = root,
                Recipient = root.Recipient,
            };
            addedByStart.Insert(LowerBound(addedByStart, content.Start + 1), (content.Start, added.Count));
            added.Add(draft);
            covered.Add(content);
        }

        drafts.AddRange(added);
    }

    /// <summary>
    /// A person other than the speaker of <paramref name="root"/> is named in a sentence after <paramref name="from"/> and
    /// before <paramref name="to"/>: a quotation after it may be that person's, so it does not continue the earlier speaker.
    /// </summary>
    private static bool OtherPersonBetween(DocView v, IReadOnlyList<ActorMention> actors, Draft root, int from, int to)
    {
        if (to - from < 1 || root.SpeakerSpan is not { } speaker || actors.Count == 0)
        {
            return false;
        }

        var start = v.Sentences[Math.Min(from + 1, to)].Span.Start;
        var end = v.Sentences[to].Span.Start;
        var speakerText = speaker.Text(v.Text);
        var first = SortedSearch.LowerBound(actors, actors.Count, start, static (list, i) => list[i].Span.Start);
        for (var k = first; k < actors.Count && actors[k].Span.Start < end; k++)
        {
            var m = actors[k];
            if (m.Kind == ActorKind.Person && !m.Span.Overlaps(speaker) && !speakerText.Contains(m.Span.Text(v.Text), StringComparison.Ordinal)
                && !m.Name.Contains(speakerText, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"known as the Coordination Framework (CF)": a content that opens a bracket and stops right before its close takes the close.</summary>
    private static void CloseBrackets(DocView v, List<Draft> drafts)
    {
        foreach (var d in drafts)
        {
            var end = d.Content.End;
            if (end >= v.Text.Length || v.Text[end] != ')')
            {
                continue;
            }

            var open = 0;
            foreach (var c in v.Text.AsSpan(d.Content.Start, d.Content.Length))
            {
                open += c == '(' ? 1 : c == ')' ? -1 : 0;
            }

            if (open > 0)
            {
                d.Content = new TextSpan(d.Content.Start, end + 1);
            }
        }
    }

    /// <summary>Positions paired with their index, sorted by position, then index.</summary>
    private static List<(int Start, int Seq)> ByStart(IEnumerable<int> starts)
    {
        var list = starts.Select((start, seq) => (start, seq)).ToList();
        list.Sort();
        return list;
    }

    /// <summary>The first index in <paramref name="sorted"/> whose start is at or after <paramref name="pos"/>.</summary>
    private static int LowerBound(List<(int Start, int Seq)> sorted, int pos) =>
        SortedSearch.LowerBound(sorted, sorted.Count, pos, static (list, i) => list[i].Start);

    /// <summary>Of the items with the greatest start before <paramref name="pos"/>, the one that comes first.</summary>
    private static Draft? LastStartingBefore(List<(int Start, int Seq)> sorted, List<Draft> items, int pos)
    {
        var k = LowerBound(sorted, pos) - 1;
        if (k < 0)
        {
            return null;
        }

        while (k > 0 && sorted[k - 1].Start == sorted[k].Start)
        {
            k--;
        }

        return items[sorted[k].Seq];
    }

    /// <summary>The first sentence ending after <paramref name="pos"/> (sentences are in text order), or -1.</summary>
    private static int SentenceOf(DocView v, int pos)
    {
        var s = SortedSearch.LowerBound(v.Sentences, v.Sentences.Length, pos + 1, static (sentences, i) => sentences[i].Span.End);
        return s < v.Sentences.Length ? s : -1;
    }
}
