using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution;

/// <summary>
/// Where a quote was said (<c>Venue</c>: "told Middle East Eye", "Speaking to Bloomberg", "in an
/// interview for Reuters") and the outlets the article relies on for it (<c>Via</c>: "…, the sources
/// said according to Reuters", "Reuters reported …", "The Times of Israel cited sources", "as reported
/// by"). Only news outlets count as venues; "told reporters" is not one.
/// </summary>
internal sealed class VenueAndChain(DocView v, string? publisher)
{
    private readonly List<string> _documentOutlets = publisher is null ? [] : [publisher];

    // What a sentence says about venues and chains does not depend on the quote: found once per
    // sentence, so a sentence with many quotes is not rescanned for each of them.
    private readonly Dictionary<int, string?> _sentenceVenue = [];

    private readonly Dictionary<int, List<(TextSpan Name, string Outlet)>> _sentenceChains = [];

    private readonly Dictionary<int, bool> _inStatement = [];

    /// <summary>How far back a quote looks for an earlier one whose venue it shares (bounded so one long sentence full of quotes stays linear).</summary>
    private const int MaxLookBack = 64;

    public void Apply(List<Draft> drafts)
    {
        LearnAbbreviations();
        for (var k = 0; k < drafts.Count; k++)
        {
            var d = drafts[k];
            d.Venue = VenueOf(d);
            AddChain(d);
        }

        // A venue carries over to the same speaker's later quotes and to an anonymous source quoted
        // right after anonymous sources who spoke to the same outlet (one interview, several quotes).
        for (var k = 0; k < drafts.Count; k++)
        {
            var d = drafts[k];
            if (d.Venue is not null)
            {
                continue;
            }

            for (var j = k - 1; j >= 0 && j >= k - MaxLookBack; j--)
            {
                var p = drafts[j];
                var sameSpeaker = d.ContinuationOf == p || (d.Speaker is { } a && p.Speaker is { } b && SameSpeaker(a, b) && d.Sentence - p.Sentence <= 6);
                var anonymousRun = d.Speaker is { Anonymous: true, Description: not null } && p.Speaker is { Anonymous: true, Description: not null }
                    && d.Sentence - p.Sentence <= 3 && !InStatement(d);
                if (p.Venue is not null && (sameSpeaker || anonymousRun))
                {
                    d.Venue = p.Venue;
                    break;
                }

                if (d.Sentence - p.Sentence > 6)
                {
                    break;
                }
            }
        }
    }

    private static bool SameSpeaker(SpeakerInfo a, SpeakerInfo b) =>
        (a.Name is not null && string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase))
        || (a.Name is null && a.Description is not null && string.Equals(a.Description, b.Description, StringComparison.OrdinalIgnoreCase));

    private bool InStatement(Draft d)
    {
        if (!_inStatement.TryGetValue(d.Sentence, out var found))
        {
            var span = v.Sentences[d.Sentence].Span;
            _inStatement[d.Sentence] = found = v.Text.AsSpan(span.Start, span.Length).Contains("statement", StringComparison.OrdinalIgnoreCase);
        }

        return found;
    }

    private string? VenueOf(Draft d)
    {
        if (d.Recipient is { } r && Outlet(r) is { } told)
        {
            return told;
        }

        if (!_sentenceVenue.TryGetValue(d.Sentence, out var venue))
        {
            _sentenceVenue[d.Sentence] = venue = SentenceVenue(d.Sentence);
        }

        return venue;
    }

    private string? SentenceVenue(int sentence)
    {
        var a = v.SentenceStart[sentence];
        var b = v.SentenceEnd[sentence];
        for (var i = a; i < b; i++)
        {
            var phraseEnd = -1;
            if ((v.Is(i, "speaking") || v.Is(i, "spoke") || v.Is(i, "talking")) && (v.Is(i + 1, "to") || v.Is(i + 1, "with")))
            {
                phraseEnd = i + 1;
            }
            else if (v.Is(i, "interview") && (v.Is(i + 1, "with") || v.Is(i + 1, "for") || v.Is(i + 1, "to") || v.Is(i + 1, "on")))
            {
                phraseEnd = i + 1;
            }
            else if ((v.Is(i, "remarks") || v.Is(i, "comments") || v.Is(i, "statements")) && v.Is(i + 1, "to"))
            {
                phraseEnd = i + 1;
            }
            else if (v.Is(i, "told") || v.Is(i, "tells"))
            {
                phraseEnd = i;
            }

            if (phraseEnd >= 0 && NameAfter(phraseEnd + 1, b) is { } name && Outlet(name) is { } outlet)
            {
                return outlet;
            }
        }

        return null;
    }

    private void AddChain(Draft d)
    {
        if (!_sentenceChains.TryGetValue(d.Sentence, out var chains))
        {
            _sentenceChains[d.Sentence] = chains = SentenceChains(d.Sentence);
        }

        foreach (var (span, outlet) in chains)
        {
            var isSpeaker = d.SpeakerSpan is { } s && s.Overlaps(span);
            if (!isSpeaker && !d.Content.Contains(span) && !d.Via.Contains(outlet) && !string.Equals(outlet, publisher, StringComparison.OrdinalIgnoreCase)
                && !string.Equals(outlet, d.Venue, StringComparison.OrdinalIgnoreCase) && !string.Equals(outlet, d.Speaker?.Name, StringComparison.OrdinalIgnoreCase))
            {
                d.Via.Add(outlet);
            }
        }
    }

    /// <summary>The outlets a sentence names as its source ("according to Reuters", "Reuters reported", "cited by"), in text order.</summary>
    private List<(TextSpan Name, string Outlet)> SentenceChains(int sentence)
    {
        var found = new List<(TextSpan, string)>();
        var a = v.SentenceStart[sentence];
        var b = v.SentenceEnd[sentence];
        for (var i = a; i < b; i++)
        {
            TextSpan? name = null;
            if (v.Is(i, "according") && v.Is(i + 1, "to"))
            {
                name = NameAfter(i + 2, b);
            }
            else if ((v.Is(i, "reported") || v.Is(i, "published")) && v.Is(i + 1, "by"))
            {
                name = NameAfter(i + 2, b);
            }
            else if (v.Is(i, "reported") || v.Is(i, "reports") || v.Is(i, "cited") || v.Is(i, "citing") || v.Is(i, "quoted") || v.Is(i, "quoting") || v.Is(i, "reporting"))
            {
                name = NameBefore(i - 1, a);
            }

            if (name is { } span && Outlet(span) is { } outlet)
            {
                found.Add((span, outlet));
            }
        }

        return found;
    }

    /// <summary>A capitalised name starting at token <paramref name="p"/> (with "the", "of", abbreviation periods).</summary>
    private TextSpan? NameAfter(int p, int b)
    {
        if (v.Is(p, "the") && v.IsCap(p + 1))
        {
            p++;
        }

        if (!v.IsCap(p))
        {
            return null;
        }

        var e = p;
        while (e + 1 < b && (v.IsCap(e + 1) || (v.Is(e + 1, "of") && v.IsCap(e + 2)) || (v.IsPunct(e + 1, '-') && v.IsCap(e + 2)) || (v.IsPunct(e + 1, '.') && v.IsCap(e + 2))))
        {
            e++;
        }

        return v.Span(p, e);
    }

    private TextSpan? NameBefore(int e, int a)
    {
        if (e < a || !v.IsCap(e))
        {
            return null;
        }

        var p = e;
        while (p - 1 >= a && (v.IsCap(p - 1) || (v.Is(p - 1, "of") && v.IsCap(p - 2)) || (v.IsPunct(p - 1, '-') && v.IsCap(p - 2))))
        {
            p--;
        }

        return v.Span(p, e);
    }

    private string? Outlet(TextSpan span)
    {
        var text = span.Text(v.Text);
        var paren = text.IndexOf('(', StringComparison.Ordinal);
        if (paren > 0)
        {
            text = text[..paren];
        }

        return MediaOutlets.Resolve(text, _documentOutlets);
    }

    /// <summary>"Arab World Press (AWP)": an outlet followed by its abbreviation defines it for this article.</summary>
    private void LearnAbbreviations()
    {
        for (var i = 0; i + 2 < v.Tokens.Length; i++)
        {
            if (v.IsPunct(i, '(') && v.IsCap(i + 1) && v.IsPunct(i + 2, ')') && i > 0 && NameBefore(i - 1, Math.Max(0, i - 6)) is { } name
                && MediaOutlets.Resolve(name.Text(v.Text)) is { } outlet && MediaOutlets.IsInitialism(v.W(i + 1).ToString(), outlet))
            {
                _documentOutlets.Add(outlet);
            }
        }
    }
}
