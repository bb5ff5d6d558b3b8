using System.Collections.Frozen;
using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution;

/// <summary>
/// Decides who each draft's speaker is, in text order:
/// <list type="bullet">
/// <item>an actor mention (from the actors stage) overlapping the speaker phrase gives ActorId and Name;</item>
/// <item>a phrase headed by a name is named ("State Department spokesman Matthew Miller" → Matthew Miller);
/// a surname takes the fuller name used earlier ("Sudani" → Mohammed Shia al-Sudani);</item>
/// <item>a phrase headed by a common noun is a description, kept verbatim ("a senior Iraqi official"),
/// with the nationality or organisation it states as affiliation;</item>
/// <item>pronouns and definite descriptions ("he", "the source", "the Iraqi prime minister", "the
/// statement") take the earlier speaker or name they refer to;</item>
/// <item>continuations (a quotation with no cue) take the previous speaker.</item>
/// </list>
/// </summary>
internal sealed partial class SpeakerResolver(DocView v, NameIndex names, IReadOnlyList<ActorMention> actors)
{
    private static readonly System.Collections.Frozen.FrozenSet<string> HeadEnders = new[]
    {
        "of", "familiar", "who", "with", "from", "in", "at", "for", "close", "that", "which", "on", "to", "involved", "speaking",
        "briefed", "knowledgeable", "aware", "based",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>For each look-back question, the earlier drafts with a speaker that it fits, found so far.</summary>
    private readonly Dictionary<string, Fits> _fits = new(StringComparer.Ordinal);

    /// <summary>The greatest sentence index among the first k+1 resolved drafts: a look-back by sentence stops below it.</summary>
    private readonly List<int> _maxSentence = [];

    private SpanBuckets? _actorSpans;

    /// <summary>The gender learned for each speaker name so far in this article ("Mr. Lee" or "he" for Lee).</summary>
    private readonly Dictionary<string, SpeakerGender> _genderByName = new(StringComparer.Ordinal);

    public void Resolve(List<Draft> drafts)
    {
        var done = new List<Draft>();
        _fits.Clear();
        _maxSentence.Clear();
        _genderByName.Clear();
        foreach (var d in drafts)
        {
            d.Speaker = d.ContinuationOf is { } prev ? prev.Speaker ?? Empty
                : d.SpeakerSpan is { } span ? WithGender(span, Describe(d, span, done))
                : Empty;
            done.Add(d);
            _maxSentence.Add(Math.Max(d.Sentence, _maxSentence.Count > 0 ? _maxSentence[^1] : int.MinValue));
        }
    }

    private sealed class Fits
    {
        public List<int> Drafts { get; } = [];

        public int Scanned { get; set; }
    }

    private static SpeakerInfo Empty { get; } = new(null, null, null, null, Anonymous: true, IsPronoun: false);

    /// <summary>"cutting off a reporter who asked": a participle before the noun phrase is the main clause's verb, not part of the antecedent.</summary>
    private TextSpan AfterLeadingParticiple(TextSpan np)
    {
        var k = v.TokenAt(np.Start);
        if (k >= v.Tokens.Length || v.IsCap(k) || !v.W(k).EndsWith("ing", StringComparison.Ordinal))
        {
            return np;
        }

        for (var j = k + 1; j < v.Tokens.Length && v.Tokens[j].Span.End <= np.End; j++)
        {
            if (PhraseScanner.IsDeterminer(v, j) || v.IsCap(j) || v.Tokens[j].Kind == TokenKind.Number)
            {
                return new TextSpan(v.Tokens[j].Span.Start, np.End);
            }
        }

        return np;
    }

    private SpeakerInfo Describe(Draft d, TextSpan span, List<Draft> before)
    {
        var text = span.Text(v.Text);
        var first = v.TokenAt(span.Start);
        var last = first;
        while (last + 1 < v.Tokens.Length && v.Tokens[last + 1].Span.End <= span.End)
        {
            last++;
        }

        if (first == last && (v.Is(first, "who") || v.Is(first, "which")))
        {
            // A relative pronoun: describe the noun phrase it attaches to ("Jane Roe, who said …").
            var k = first - 1;
            if (v.IsPunct(k, ',') || v.IsDash(k))
            {
                k--; // "Jane Roe, who …", "Jane Roe — who …"
            }

            var sentenceStart = v.SentenceStart[d.Sentence];
            var antecedent = k >= sentenceStart ? PhraseScanner.Left(v, k, sentenceStart) : null;
            return antecedent is { } np ? Describe(d, AfterLeadingParticiple(np), before) : new SpeakerInfo(null, text, null, null, true, false);
        }

        if (last == first + 2 && (v.Is(last, "whom") || v.Is(last, "which")) && v.Is(first + 1, "of"))
        {
            // "the victims' families, many of whom say …": a share of the noun phrase the relative pronoun attaches to.
            var k = v.IsPunct(first - 1, ',') ? first - 2 : first - 1;
            var sentenceStart = v.SentenceStart[d.Sentence];
            if (k >= sentenceStart && PhraseScanner.Left(v, k, sentenceStart) is { } whole)
            {
                var described = Describe(d, AfterLeadingParticiple(whole), before);
                return described with { Name = null, ActorId = null, Anonymous = true, Description = $"{v.W(first)} of {whole.Text(v.Text)}", OnePerson = false };
            }
        }

        if (first == last && (v.In(first, SpeakerWords.Pronouns) || v.In(first, SpeakerWords.PossessivePronouns)))
        {
            return DescribePronoun(d, span, first, text, before);
        }

        var headIndex = HeadIndex(first, last);
        var actor = ActorOver(v.Tokens[headIndex].Span);
        if (actor is not null && IsStateAgent(actor, headIndex))
        {
            // "two Iraqi negotiators", "senior Syrian officials": people acting for a state, not the state
            // itself; they stay an anonymous description, the state is their affiliation.
            var onePerson = PersonHead(headIndex);
            return new SpeakerInfo(null, text, null, actor.Name, true, false) { NotPerson = !onePerson, OnePerson = onePerson };
        }

        if (v.IsCap(headIndex) && Demonyms.CountryOf(v.W(headIndex)) is null || actor is not null)
        {
            var entry = names.Inside(v.Tokens[headIndex].Span.Start < span.End ? new TextSpan(span.Start, v.Tokens[headIndex].Span.End) : span);
            var name = entry?.Name ?? text;
            if (entry is not null && !entry.IsOrganisation && names.FullerName(entry.Name, span.Start) is { } fuller)
            {
                name = fuller.Name;
            }

            if (actor is not null)
            {
                // A curated actor gives the canonical name; an unknown one ("new:…") keeps the fullest name this text used.
                var curated = !actor.ActorId.StartsWith("new:", StringComparison.Ordinal);
                var nameWords = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                var actorWords = actor.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                var chosen = curated || (actorWords > nameWords && entry is null) ? actor.Name : name;
                return new SpeakerInfo(chosen, null, actor.ActorId, null, false, false) { NotPerson = actor.Kind is not (ActorKind.Person or ActorKind.Unknown), OnePerson = actor.Kind == ActorKind.Person || (actor.Kind == ActorKind.Unknown && entry is { IsOrganisation: false }) };
            }

            if (v.Is(first, "the") && entry is { IsOrganisation: true } && entry.WordCount <= 2 && names.ByRole(entry.LastKey, [], span.Start) is { } org)
            {
                name = org.Name; // "the Ministry" → "Iraq's Foreign Ministry"
            }

            // "Scholars have long debated …": a capitalised plural opening the sentence is no person's name.
            var plural = first == last && first == v.SentenceStart[d.Sentence] && v.W(first).EndsWith("s", StringComparison.Ordinal) && !v.W(first).EndsWith("ss", StringComparison.Ordinal);
            var notPerson = entry is { IsOrganisation: true } || plural;
            return new SpeakerInfo(name, null, null, null, false, false) { NotPerson = notPerson, OnePerson = !notPerson };
        }

        var affiliation = AffiliationOf(first, headIndex);
        var person = PersonHead(headIndex);
        var description = new SpeakerInfo(null, text, null, affiliation, true, false) { NotPerson = !person, OnePerson = person };
        if (!(v.Is(first, "the") || v.Is(first, "this") || v.Is(first, "that")) || headIndex - first > 4)
        {
            return description;
        }

        // A definite description refers back: a document to its issuer, a role to a named holder, a source to the last source.
        var head = v.W(headIndex).ToString().ToLowerInvariant();
        if (SpeakerWords.DocumentNouns.Contains(head))
        {
            var issuer = Previous(before, d, "issuer\n" + head, p => v.Sentences[p.Sentence].Span.Text(v.Text).Contains(head, StringComparison.OrdinalIgnoreCase) && p.Speaker?.Name is not null);
            return issuer?.Speaker is { } s ? s with { IsPronoun = false } : description;
        }

        var words = new List<string>();
        for (var k = first + 1; k < headIndex; k++)
        {
            if (v.IsWord(k))
            {
                words.Add(v.W(k).ToString().ToLowerInvariant());
            }
        }

        if (last <= headIndex && names.ByRole(Singular(head), words, span.Start) is { } holder)
        {
            var name = names.FullerName(holder.Name, span.Start)?.Name ?? holder.Name;
            return new SpeakerInfo(name, text, null, affiliation, false, false) { OnePerson = true };
        }

        var stem = Singular(head);
        Draft? same = null;
        if (stem is "source" or "official" or "insider")
        {
            // "the source said": the anonymous source quoted just before, whatever it was called.
            same = Previous(before, d, "anonymous", p => p.Speaker is { Anonymous: true, Description: not null }, minSentence: d.Sentence - 3);
        }

        var stem6 = stem[..Math.Min(stem.Length, 6)];
        same ??= Previous(before, d, "described\n" + stem6, p => p.Speaker is { Anonymous: true, Description: { } desc } && desc.Contains(stem6, StringComparison.OrdinalIgnoreCase));

        return same?.Speaker is { } found ? found with { IsPronoun = false } : description;
    }

    /// <summary>
    /// The latest earlier draft with a speaker, not named by <paramref name="d"/>'s own speaker phrase, that
    /// <paramref name="fits"/> (a test of that draft alone, named by <paramref name="question"/>) and is told in
    /// sentence <paramref name="minSentence"/> or later. The drafts a question fits are listed once, as the
    /// resolution goes on, so looking back does not rescan the whole article for every speaker.
    /// </summary>
    private Draft? Previous(List<Draft> before, Draft d, string question, Func<Draft, bool> fits, int minSentence = int.MinValue)
    {
        if (!_fits.TryGetValue(question, out var found))
        {
            _fits[question] = found = new Fits();
        }

        for (; found.Scanned < before.Count; found.Scanned++)
        {
            var p = before[found.Scanned];
            if (p.Speaker is { } s && (s.Name is not null || s.Description is not null) && fits(p))
            {
                found.Drafts.Add(found.Scanned);
            }
        }

        for (var k = found.Drafts.Count - 1; k >= 0 && _maxSentence[found.Drafts[k]] >= minSentence; k--)
        {
            var p = before[found.Drafts[k]];
            if (p.SpeakerSpan != d.SpeakerSpan && p.Sentence >= minSentence)
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>"Senator Maria Lopez, Democrat of Oregon": a name before the comma is the head; what follows describes her.</summary>
    private bool AllCapitalised(int from, int to)
    {
        var words = 0;
        for (var k = from; k <= to; k++)
        {
            if (v.IsWord(k))
            {
                if (!v.IsCap(k) || (v.In(k, SpeakerWords.CapitalisedFunctionWords) && !v.In(k, SpeakerWords.Titles)))
                {
                    return false;
                }

                words++;
            }
            else if (!v.IsPunct(k, '.') && !v.IsPunct(k, '-'))
            {
                return false;
            }
        }

        return words >= 2;
    }

    /// <summary>The head word of a speaker phrase: the last word before "of", "familiar with", "who" …</summary>
    private int HeadIndex(int first, int last)
    {
        var head = first;
        for (var k = first; k <= last; k++)
        {
            if (v.In(k, HeadEnders) && k > first && !(v.IsCap(k - 1) && v.IsCap(k + 1)))
            {
                break;
            }

            if (v.IsPunct(k, '('))
            {
                break; // "Rep. Jane Roe (D-Ore.)": the party tag is not the head
            }

            if (v.IsPunct(k, ','))
            {
                // "Aide to al-Sudani, Hussein Allawi": the name after the comma is the head; a party tag
                // ("Mitch McConnell, R-Ky.") is not a name.
                if (k + 1 <= last && v.IsCap(k + 1) && !IsPartyTag(k + 1) && !AllCapitalised(first, k - 1))
                {
                    head = last;
                    while (head > k && !v.IsWord(head))
                    {
                        head--;
                    }

                    return head;
                }

                break;
            }

            if (v.IsWord(k))
            {
                head = k;
            }
        }

        return head;
    }

    /// <summary>A US party-and-state tag after a politician's name: "R-Ky.", "D-Mass.", "I-Vt.".</summary>
    private bool IsPartyTag(int k) =>
        v.IsWord(k) && v.W(k) is { Length: >= 3 } w && w[0] is 'R' or 'D' or 'I' && w[1] == '-' && char.IsUpper(w[2]);

    private string? AffiliationOf(int first, int head)
    {
        string? org = null;
        for (var k = first; k <= head; k++)
        {
            if (!v.IsWord(k))
            {
                continue;
            }

            if (Demonyms.CountryOf(v.W(k)) is { } country)
            {
                return country;
            }

            if (v.IsCap(k) && !v.In(k, SpeakerWords.CapitalisedFunctionWords))
            {
                org ??= v.W(k).ToString();
            }
        }

        return org;
    }

    /// <summary>A state reached through a nationality adjective before a common noun ("Iraqi negotiators").</summary>
    private bool IsStateAgent(ActorMention actor, int headIndex)
    {
        if (actor.Kind != ActorKind.Government || v.IsCap(headIndex))
        {
            return false;
        }

        var start = v.TokenAt(actor.Span.Start);
        return start < headIndex && v.IsCap(start) && Demonyms.CountryOf(v.W(start)) is not null
            && !v.Tokens[start].Span.Text(v.Text).EndsWith("'s", StringComparison.Ordinal);
    }

    /// <summary>The actors' mention spans, indexed on first use (ids are indices into <c>actors</c>).</summary>
    private SpanBuckets ActorIndex
    {
        get
        {
            if (_actorSpans is null)
            {
                _actorSpans = new SpanBuckets();
                foreach (var a in actors)
                {
                    _actorSpans.Add(a.Span);
                }
            }

            return _actorSpans;
        }
    }

    private ActorMention? ActorOver(TextSpan span)
    {
        ActorMention? best = null;
        foreach (var id in ActorIndex.Overlapping(span))
        {
            var a = actors[id];
            if (a.Kind != ActorKind.Place && (best is null || a.Span.End > best.Span.End))
            {
                best = a;
            }
        }

        return best;
    }

    private static string Singular(string w) =>
        w.EndsWith("ies", StringComparison.Ordinal) ? w[..^3] + "y"
        : w.EndsWith("ss", StringComparison.Ordinal) ? w
        : w.EndsWith('s') && w.Length > 3 ? w[..^1] : w;
}
