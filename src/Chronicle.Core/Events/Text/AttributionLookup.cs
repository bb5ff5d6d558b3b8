namespace Chronicle.Core.Events.Text;

/// <summary>Who a statement rests on: the quote that holds it (if the attribution layer found one), the speaker, the outlets it came through.</summary>
internal sealed record AttributionInfo(int? QuoteIndex, string? Speaker, IReadOnlyList<string> Via)
{
    public static AttributionInfo None { get; } = new(null, null, []);

    /// <summary>"the sources via Reuters": the form of the contract's claimedBy.</summary>
    public string? ClaimedBy =>
        Speaker is null && Via.Count == 0 ? null
        : Via.Count == 0 ? Speaker
        : (Speaker ?? "unnamed source") + " via " + string.Join(" via ", Via);
}

/// <summary>
/// Finds the attribution a token rests on. Uses the attribution layer when it has run; when it is
/// empty, falls back to the nearest reporting verb in the sentence and the name before it
/// ("Washington said …", "…, the sources said according to Reuters").
/// </summary>
internal static class AttributionLookup
{
    public static AttributionInfo For(SentenceFrame frame, int token)
    {
        var view = frame.View;
        var quotes = view.Doc.Quotes;
        var offset = view.Tokens[token].Span.Start;
        if (!quotes.IsDefaultOrEmpty && view.QuoteAt(offset) is { } i)
        {
            var q = quotes[i];
            return new AttributionInfo(i, q.Speaker.Name ?? q.Speaker.Description, q.Via);
        }

        return quotes.IsDefaultOrEmpty ? Fallback(frame, token) : AttributionInfo.None;
    }

    private static AttributionInfo Fallback(SentenceFrame frame, int token)
    {
        var view = frame.View;
        var via = new List<string>();
        string? speaker = null;
        for (var t = frame.First; t < frame.End - 2; t++)
        {
            if (view.Is(t, "according") && view.Is(t + 1, "to"))
            {
                var m = frame.Mentions.FirstOrDefault(x => x.First == t + 2 || (x.First == t + 3 && view.Is(t + 2, "the")));
                if (m is not null)
                {
                    if (m.Mention.Kind == Model.ActorKind.Media || speaker is not null || t > token)
                    {
                        via.Add(m.Mention.Name);
                    }
                    else
                    {
                        speaker = m.Mention.Name;
                    }
                }
            }
        }

        var verb = frame.ReportingVerbBefore(frame.First, token);
        if (verb < 0)
        {
            verb = frame.ReportingVerbBefore(token, frame.End);
        }

        if (verb >= 0 && !view.Is(verb, "according") && speaker is null)
        {
            speaker = SpeakerBefore(frame, verb);
        }

        return speaker is null && via.Count == 0 ? AttributionInfo.None : new AttributionInfo(null, speaker, via);
    }

    /// <summary>The actor named just before the verb, else the short noun phrase after the last comma ("the sources").</summary>
    private static string? SpeakerBefore(SentenceFrame frame, int verb)
    {
        var view = frame.View;
        var m = frame.Mentions.LastOrDefault(x => x.Last < verb && x.Last >= verb - 4);
        if (m is not null)
        {
            return m.Mention.Name;
        }

        var start = verb;
        while (start > frame.First && verb - start < 5 && !view.IsPunct(start - 1))
        {
            start--;
        }

        if (start == verb || (start > frame.First && view.Raw(start - 1) is not ","))
        {
            return null;
        }

        return view.Text[view.Tokens[start].Span.Start..view.Tokens[verb - 1].Span.End];
    }
}
