using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution;

/// <summary>
/// Makes content spans disjoint. Quotations delimited by marks are kept first, then shorter contents
/// (the inner attribution of a nested report); a longer content that overlaps a kept one is cut to the
/// part before (or after) it, and dropped when fewer than two words remain.
/// </summary>
internal static class Overlaps
{
    public static List<Draft> Resolve(DocView v, List<Draft> drafts)
    {
        // A cue inside quoted or framed words ("…, he added"; a quotation; "according to X, …"), a state of mind
        // inside someone's reported speech, or an act inside a report ("said Obama hopes his successor will push for …")
        // belongs to the reported words, not to the article.
        var all = WithoutSpeakerDescriptions(drafts);
        var contents = new SpanBuckets();
        foreach (var d in all)
        {
            contents.Add(d.Content);
        }

        drafts = all.Where(inner => inner.Turn || !contents.Containing(inner.Cue).Select(id => all[id]).Any(outer => outer != inner
            && (outer.Frames || (outer.Direct && IsWholeQuote(v, outer.Content)) || (inner.Kind == CueKind.Mind && outer.Kind == CueKind.Speech && !SpeakerBefore(inner, outer) && !(inner.Nominal && HeldClaimInside(v, inner, outer)))
                || (inner.Kind == CueKind.Action && outer.Kind is CueKind.Speech or CueKind.Mind or CueKind.Report && !SpeakerBefore(inner, outer) && outer.Content.Contains(inner.Content)
                    && !(inner.SpeakerSpan is { } isp && isp.Start > outer.Content.Start && AdjunctBetween(v, outer.Content.Start, isp.Start)))
                || RestrictiveRelative(v, inner) || (inner.Nominal && !outer.Nominal && outer.Content.Contains(inner.Content) && !HeldClaimInside(v, inner, outer))
                || (inner.SpeakerSpan is { } through && through.Contains(outer.Cue) && !AfterRelativePronoun(v, outer.Cue)) // "Obama Says Museum Will Tell of …": a speaker scanned through the outer cue ("X, who understood …, told" is a relative clause of the speaker)
                || (LoneWhWord(v, inner.Content) && outer.Content.Contains(inner.Content))))).ToList();
        // "Trump said after the convention he would not …": an adjunct before that speaker belongs to the outer cue; the content starts at the speaker.
        var byContent = new SpanBuckets();
        foreach (var d in drafts)
        {
            byContent.Add(d.Content);
        }

        foreach (var inner in drafts)
        {
            if (inner.SpeakerSpan is not { } sp || inner.Cue.Text(v.Text).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var outer in byContent.Containing(inner.Content).Select(id => drafts[id]))
            {
                if (outer != inner && !outer.Direct && outer.Content.Start < sp.Start && outer.Content.Contains(inner.Content) && AdjunctBetween(v, outer.Content.Start, sp.Start))
                {
                    outer.Content = new TextSpan(sp.Start, outer.Content.End);
                }
            }
        }

        // "Shelby said he refused to …": a report whose speaker opens another report's content is part of
        // that content; the outer report is the attribution ("cited sources indicating …" keeps the inner one).
        var current = drafts;
        // "condemned what he called a breach": a report whose speaker follows a "what" that opens another content is part of it too.
        drafts = current.Where(inner => !byContent.Containing(inner.Content).Select(id => current[id]).Any(outer => outer != inner && inner.SpeakerSpan is { } sp
            && (sp.Start == outer.Content.Start || WhatOpens(v, outer.Content.Start, sp.Start) || ApproximatorOpens(v, outer.Content.Start, sp.Start))
            && outer.Content.Contains(inner.Content) && !(outer.Direct && IsWholeQuote(v, outer.Content))
            && !inner.Cue.Text(v.Text).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !(inner.Nominal && HeldClaimInside(v, inner, outer)))).ToList();
        // "refused to discuss the appointees": a report whose cue is the infinitive opening another report's content, with the
        // same speaker, is that content ("plans to call on young people to …" is one plan, not a call).
        var controlled = drafts;
        var controlledContents = new SpanBuckets();
        foreach (var d in controlled)
        {
            controlledContents.Add(d.Content);
        }

        drafts = controlled.Where(inner => !controlledContents.Overlapping(inner.Cue).Select(id => controlled[id]).Any(outer => outer != inner
            && InfinitiveOpens(v, outer.Content.Start, inner.Cue.Start) && outer.Content.Contains(inner.Content)
            && (inner.SpeakerSpan is null || outer.SpeakerSpan is { } os && inner.SpeakerSpan.Value.Overlaps(os)))).ToList();
        var finalContents = new SpanBuckets();
        foreach (var d in drafts)
        {
            finalContents.Add(d.Content);
        }

        var candidates = drafts;

        // "implored her to bring it back, arguing that it agitated Trump and …": a report whose cue lies inside another's content
        // (and not the other way round) is the inner one and is kept first, whichever content is shorter.
        bool NestedInAnother(Draft inner) => !inner.Frames && finalContents.Containing(inner.Cue).Select(id => candidates[id])
            .Any(outer => outer != inner && !outer.Frames && outer.Content.Overlaps(inner.Content) && !inner.Content.Contains(outer.Cue));

        var order = drafts
            .Select((d, i) => (d, i))
            .OrderByDescending(x => x.d.Turn)
            .ThenByDescending(x => x.d.Direct && IsWholeQuote(v, x.d.Content))
            .ThenByDescending(x => NestedInAnother(x.d))
            .ThenBy(x => x.d.Content.Length)
            .ThenBy(x => x.i)
            .Select(x => x.d);
        var kept = new List<Draft>();
        var keptContents = new SpanBuckets();
        var resumed = new List<Draft>();
        foreach (var d in order)
        {
            var content = d.Content;
            var ok = true;
            Draft? after = null;

            // The content only shrinks below, so only kept contents that overlap it now can matter (in the order kept).
            foreach (var k in keptContents.Overlapping(content).Select(id => kept[id]))
            {
                if (!content.Overlaps(k.Content))
                {
                    continue;
                }

                // Cut before the kept attribution's first span that lies inside this content (its speaker,
                // cue or content); a speaker named before this content (shared by "…, citing …") is no limit.
                var cut = k.Content.Start;
                if (k.Nominal && HeldClaimInside(v, k, d))
                {
                    // "contradicting the police's earlier claim that …": the outer words keep the claim's noun phrase, up to "that".
                    cut = v.Tokens[v.TokenAt(k.Cue.End) - 1].Span.Start;
                }
                else
                {
                    if (k.Cue.Start >= content.Start)
                    {
                        cut = Math.Min(cut, k.Cue.Start);
                    }

                    if (k.SpeakerSpan is { } ss && ss.Start > content.Start)
                    {
                        cut = Math.Min(cut, ss.Start);
                    }
                }

                if (cut > content.Start)
                {
                    if (after is null && ClosingDashAfter(v, k.Content.End, content.End) is { } resume && OpeningDashBefore(v, content.Start, cut))
                    {
                        // "that Trump — even as he says … — has proposed little": the words after the closing dash continue this content.
                        after = new Draft
                        {
                            Content = new TextSpan(resume, content.End), Cue = d.Cue, Direct = d.Direct, Sentence = d.Sentence, Confidence = d.Confidence, Kind = d.Kind,
                            ContinuationOf = d, Recipient = d.Recipient,
                        };
                    }

                    content = new TextSpan(content.Start, TrimBack(v.Text, content.Start, cut));
                }
                else if (k.Content.End < content.End)
                {
                    content = new TextSpan(TrimForward(v.Text, k.Content.End, content.End), content.End);
                }
                else
                {
                    ok = false;
                    break;
                }

                if (content.IsEmpty || (v.CountWords(content) < 2 && !SingleName(v, content)) || content.Overlaps(k.Content))
                {
                    ok = false;
                    break;
                }
            }

            if (!ok)
            {
                continue;
            }

            if (d.Direct && content != d.Content && !QuotedWithin(v.Text, content))
            {
                d.Direct = false; // "has said the same thing, including X — “…”": the cut left none of the quotation
            }

            d.Content = content;
            keptContents.Add(content);
            kept.Add(d);
            if (after is not null && v.CountWords(after.Content) >= 2)
            {
                resumed.Add(after);
            }
        }

        foreach (var r in resumed)
        {
            if (keptContents.Overlapping(r.Content).All(id => !kept[id].Content.Overlaps(r.Content)))
            {
                keptContents.Add(r.Content);
                kept.Add(r);
            }
        }

        return kept;
    }

    private static bool QuotedWithin(string text, TextSpan span)
    {
        if (span.Start > 0 && QuoteScanner.IsQuoteChar(text[span.Start - 1]))
        {
            return true;
        }

        for (var i = span.Start; i < span.End; i++)
        {
            if (text[i] is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDash(string text, int i) => text[i] is '\u2014' or '\u2013' or '\u2015' || (text[i] == '-' && i > 0 && text[i - 1] == ' ' && i + 1 < text.Length && text[i + 1] == ' ');

    /// <summary>A dash right after <paramref name="end"/> (spaces between) with words after it before <paramref name="limit"/>: where the content resumes.</summary>
    private static int? ClosingDashAfter(DocView v, int end, int limit)
    {
        var i = end;
        while (i < limit && char.IsWhiteSpace(v.Text[i]))
        {
            i++;
        }

        if (i >= limit || !IsDash(v.Text, i))
        {
            return null;
        }

        i++;
        while (i < limit && char.IsWhiteSpace(v.Text[i]))
        {
            i++;
        }

        return i < limit ? i : null;
    }

    /// <summary>An opening dash between <paramref name="start"/> and <paramref name="cut"/>, with words before it.</summary>
    private static bool OpeningDashBefore(DocView v, int start, int cut)
    {
        for (var i = cut - 1; i > start; i--)
        {
            if (IsDash(v.Text, i))
            {
                return v.CountWords(new TextSpan(start, i)) >= 1;
            }
        }

        return false;
    }

    /// <summary>
    /// "contradicting the police's earlier claim that the driver refused …": a noun cue with "that" whose holder is named inside
    /// the outer content is a report of its own, not part of the outer words.
    /// </summary>
    private static bool HeldClaimInside(DocView v, Draft inner, Draft outer) =>
        inner.SpeakerSpan is { } holder && outer.Content.Contains(holder) && v.Is(v.TokenAt(inner.Cue.End) - 1, "that");

    /// <summary>"Critics of the EB-5 program say …": a noun cue inside another report's speaker phrase describes that speaker.</summary>
    private static List<Draft> WithoutSpeakerDescriptions(List<Draft> drafts)
    {
        var named = drafts.FindAll(d => d.SpeakerSpan is not null);
        var speakers = new SpanBuckets();
        foreach (var d in named)
        {
            speakers.Add(d.SpeakerSpan!.Value);
        }

        return drafts.FindAll(inner => !inner.Nominal
            || !speakers.Containing(inner.Cue).Any(id => named[id] != inner && named[id].SpeakerSpan!.Value.Contains(inner.Content)));
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> AdjunctPrepositions = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["after", "before", "at", "in", "on", "during", "last", "this", "earlier", "later", "yesterday", "today", "then", "again"], StringComparer.OrdinalIgnoreCase);

    /// <summary>From <paramref name="start"/> to <paramref name="end"/>: a short time or place adjunct with no clause ("after the convention").</summary>
    private static bool AdjunctBetween(DocView v, int start, int end)
    {
        var first = v.TokenAt(start);
        if (first >= v.Tokens.Length || !v.In(first, AdjunctPrepositions))
        {
            return false;
        }

        var words = 0;
        for (var k = first; k < v.Tokens.Length && v.Tokens[k].Span.End <= end; k++)
        {
            if (v.IsWord(k) && ++words > 6 || v.IsQuoteMark(k) || v.Is(k, "that"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "judge the call by what the group does, not by what it says": a report whose content is only the "what"
    /// of a free relative inside another report's content is part of those words, not a report of its own.
    /// </summary>
    private static bool LoneWhWord(DocView v, TextSpan content)
    {
        var k = v.TokenAt(content.Start);
        return k < v.Tokens.Length && v.Tokens[k].Span.End >= content.End && (v.Is(k, "what") || v.Is(k, "which") || v.Is(k, "whatever"));
    }

    private static bool WhatOpens(DocView v, int contentStart, int speakerStart)
    {
        var k = v.TokenAt(contentStart);
        return k + 1 < v.Tokens.Length && v.Is(k, "what") && v.Tokens[k + 1].Span.Start == speakerStart;
    }

    /// <summary>The cue follows a relative pronoun (and adverbs or auxiliaries): "who understood", "which has long argued".</summary>
    private static bool AfterRelativePronoun(DocView v, TextSpan cue)
    {
        var k = v.TokenAt(cue.Start) - 1;
        while (k > 0 && (PhraseScanner.IsAdverb(v, k) || v.In(k, SpeakerWords.VerbPrefix)))
        {
            k--;
        }

        return k >= 0 && (v.Is(k, "who") || v.Is(k, "which") || v.Is(k, "that"));
    }

    /// <summary>The content opening at <paramref name="contentStart"/> is "to" followed by the cue at <paramref name="cueStart"/>.</summary>
    private static bool InfinitiveOpens(DocView v, int contentStart, int cueStart)
    {
        var k = v.TokenAt(contentStart);
        return k + 1 < v.Tokens.Length && v.Is(k, "to") && v.Tokens[k + 1].Span.Start == cueStart;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> Approximators = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["about", "around", "nearly", "almost", "roughly", "approximately", "some", "only", "just", "over", "under"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "said about 20 people have shown an interest": the inner speaker opens the outer content but for a word
    /// that only approximates its number, so the inner report is part of the outer one's words.
    /// </summary>
    private static bool ApproximatorOpens(DocView v, int contentStart, int speakerStart)
    {
        var k = v.TokenAt(contentStart);
        return k + 1 < v.Tokens.Length && v.In(k, Approximators) && v.Tokens[k + 1].Span.Start == speakerStart && v.Tokens[k + 1].Kind == TokenKind.Number;
    }

    /// <summary>"Lind proposes X, and plans to …": a speaker named before the outer content (a coordinated verb) is no part of the reported words.</summary>
    private static bool SpeakerBefore(Draft inner, Draft outer) => inner.SpeakerSpan is { } sp && sp.End <= outer.Content.Start;

    /// <summary>
    /// "anybody who complains about the microphone": a cue in a restrictive relative clause (no comma before
    /// "who") describes the noun inside someone else's words; it reports nothing of its own there.
    /// </summary>
    private static bool RestrictiveRelative(DocView v, Draft inner)
    {
        if (inner.SpeakerSpan is not { } sp || sp.Length > 5)
        {
            return false;
        }

        var word = v.Text.AsSpan(sp.Start, sp.Length);
        if (!(word.Equals("who", StringComparison.OrdinalIgnoreCase) || word.Equals("that", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var k = sp.Start - 1;
        while (k >= 0 && char.IsWhiteSpace(v.Text[k]))
        {
            k--;
        }

        return k >= 0 && char.IsLetter(v.Text[k]);
    }

    /// <summary>"endorses Trump, who says …" cut before "who": a single capitalised name is still an object.</summary>
    private static bool SingleName(DocView v, TextSpan content)
    {
        var k = v.TokenAt(content.Start);
        return k < v.Tokens.Length && v.IsCap(k) && v.Tokens[k].Span.End >= content.End - 1;
    }

    private static bool IsWholeQuote(DocView v, TextSpan content) => QuoteScanner.IsWholeQuote(v.Text, content);

    /// <summary>
    /// Words that cannot end reported words: a conjunction, an article, a preposition or a relative word left at a cut
    /// ("… the fee and", "consider it a", "… Wednesday night by", "… Richmond, Va., where").
    /// </summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> DanglingWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["and", "but", "a", "an", "the", "by", "to", "of", "for", "with", "from", "at", "where", "which", "who", "whom", "whose", "when", "as", "after", "before", "because", "while", "if", "although", "though", "since", "until", "unless", "whether", "than", "or", "in", "on"],
        StringComparer.OrdinalIgnoreCase);

    private static int TrimBack(string text, int start, int end)
    {
        while (true)
        {
            while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';' or ':' or '\u2014' or '\u2013' or '\u2015' || QuoteScanner.IsQuoteChar(text[end - 1])
                || (text[end - 1] == '-' && end - 2 >= start && (text[end - 2] == ' ' || text[end - 2] == '-'))))
            {
                end--;
            }

            // "it was opposed to the fee and [warned …]", "… but has [said …]": a conjunction or an auxiliary left
            // before the cut belongs to the next clause; "consider it a [“personal insult”]": so does an article, and a
            // preposition or a relative word ("responded … by [saying …]", "in Richmond, where [the judge …]").
            var word = end;
            while (word > start && (char.IsLetter(text[word - 1]) || text[word - 1] is '\'' or '\u2019'))
            {
                word--;
            }

            var last = text.AsSpan(word, end - word);
            var before = word - 1;
            while (before > start && char.IsWhiteSpace(text[before]))
            {
                before--;
            }

            if (word > start && last.EndsWith("ing", StringComparison.Ordinal) && text[before] == ',')
            {
                end = before; // "Reuters reported the deal, citing [sources as saying …]": the participle left at the cut is the inner report's
                continue;
            }

            if (word == end || word == start || !char.IsWhiteSpace(text[word - 1])
                || !(DanglingWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last)
                    || (SpeakerWords.VerbPrefix.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last) && char.IsLower(last[0])) // "5 to 7 May": a month, not "may"
                    || last.EndsWith("n't", StringComparison.OrdinalIgnoreCase)
                    || last.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase)))
            {
                return end;
            }

            end = word;
        }
    }

    private static int TrimForward(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ';' or ':' or '.' || QuoteScanner.IsQuoteChar(text[start])))
        {
            start++;
        }

        return start;
    }
}
