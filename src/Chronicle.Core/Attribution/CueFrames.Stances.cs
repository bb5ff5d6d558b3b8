using System.Collections.Frozen;
using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution;

/// <summary>Stance adjectives after a form of "be" or in an absolute phrase ("is critical of", "With X worried about …").</summary>
internal sealed partial class CueFrames
{
    /// <summary>Adjectives of stance with the preposition that opens their object: "critical of", "worried about".</summary>
    private static readonly FrozenDictionary<string, string[]> StanceAdjectives = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["critical"] = ["of"], ["supportive"] = ["of"], ["skeptical"] = ["of", "about"], ["sceptical"] = ["of", "about"], ["wary"] = ["of"],
        ["suspicious"] = ["of"], ["dismissive"] = ["of"], ["proud"] = ["of"], ["fond"] = ["of"], ["afraid"] = ["of"], ["scornful"] = ["of"],
        ["concerned"] = ["about", "over", "by", "that"], ["worried"] = ["about", "over", "by", "that"], ["optimistic"] = ["about", "that"], ["pessimistic"] = ["about", "that"],
        ["confident"] = ["about", "in", "that"], ["hopeful"] = ["about", "that"], ["angry"] = ["about", "at", "over", "that"], ["upset"] = ["about", "over", "by", "that"],
        ["frustrated"] = ["with", "by", "over", "that"], ["unhappy"] = ["with", "about"], ["happy"] = ["with", "about"], ["pleased"] = ["with", "by"],
        ["disappointed"] = ["with", "by", "in", "that"], ["opposed"] = ["to"], ["committed"] = ["to"], ["passionate"] = ["about"],
        ["enthusiastic"] = ["about"], ["uneasy"] = ["about"], ["adamant"] = ["about"], ["coy"] = ["about"], ["silent"] = ["about", "on"],
        ["willing"] = ["to"], ["unwilling"] = ["to"], ["determined"] = ["to"], ["eager"] = ["to"], ["reluctant"] = ["to"], ["keen"] = ["to"],
        ["loath"] = ["to"], ["bearish"] = ["on", "about"], ["bullish"] = ["on", "about"], ["against"] = [],
        ["unsettled"] = ["by"], ["alarmed"] = ["by", "at"], ["angered"] = ["by", "at", "over"], ["outraged"] = ["by", "at", "over"],
        ["dismayed"] = ["by", "at"], ["troubled"] = ["by"], ["shocked"] = ["by", "at"], ["disturbed"] = ["by"], ["infuriated"] = ["by", "at"],
        ["offended"] = ["by"], ["appalled"] = ["by", "at"], ["puzzled"] = ["by"], ["baffled"] = ["by"], ["heartened"] = ["by"],
        ["interested"] = ["in"], ["convinced"] = [], ["sure"] = ["if", "whether", "that", "about", "of"],
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Graham has been critical of Trump", "voters are worried about the economy": a stance adjective after
    /// a form of "be" reports an attitude of the subject; the content is the object of its preposition.
    /// </summary>
    public void FindStanceAdjectives(int s, List<Draft> into)
    {
        var a = v.SentenceStart[s];
        var b = v.SentenceEnd[s];
        for (var t = a + 1; t < b - 2; t++)
        {
            if (!v.IsWord(t) || v.IsCap(t) || !StanceAdjectives.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(v.W(t), out var preps) || InsideQuotation(t))
            {
                continue;
            }

            var prep = preps.Length == 0 ? t : t + 1; // "Sanders is against it": the preposition is the stance word itself
            if (preps.Length > 0 && !preps.Any(p => v.Is(prep, p)))
            {
                continue;
            }

            if (v.Is(prep, "to") && v.Is(prep + 1, "have") && v.Is(prep + 2, "been"))
            {
                continue; // "was determined to have been involved": a finding in the passive, not a resolve
            }

            var k = t - 1;
            while (k >= a && (PhraseScanner.IsAdverb(v, k) || v.Is(k, "very") || v.Is(k, "so") || v.Is(k, "too") || v.Is(k, "more") || v.Is(k, "less")
                || v.Is(k, "not") || v.Is(k, "also") || v.Is(k, "quite") || v.Is(k, "deeply")))
            {
                k--;
            }

            // "With Democratic leaders increasingly worried about …, the party …": an absolute phrase has no verb; "with" opens it.
            var absolute = k >= a && v.IsWord(k) && !v.In(k, BeForms) && PhraseScanner.Left(v, k, a) is { } held && v.TokenAt(held.Start) - 1 is var with
                && with >= a && v.Is(with, "with") && (with == a || v.IsPunct(with - 1, ',')) ? held : (TextSpan?)null;
            // "she's so frustrated that …": the contraction holds the subject and the copula.
            var contracted = absolute is null && k >= a && IsPronounContraction(k) && (v.W(k).EndsWith("'s", StringComparison.Ordinal) || v.W(k).EndsWith("\u2019s", StringComparison.Ordinal))
                && !v.W(k).StartsWith("that", StringComparison.OrdinalIgnoreCase) && !v.W(k).StartsWith("it", StringComparison.OrdinalIgnoreCase);
            if (contracted)
            {
                absolute = new TextSpan(v.Tokens[k].Span.Start, v.Tokens[k].Span.End - 2);
            }

            if (absolute is null && (k < a || !v.In(k, BeForms) && !v.Is(k, "become") && !v.Is(k, "became") && !v.Is(k, "remain") && !v.Is(k, "remains") && !v.Is(k, "remained")
                && !(PhraseScanner.IsNegatedAux(v, k) && (v.W(k).StartsWith("is", StringComparison.OrdinalIgnoreCase) || v.W(k).StartsWith("was", StringComparison.OrdinalIgnoreCase)
                    || v.W(k).StartsWith("are", StringComparison.OrdinalIgnoreCase) || v.W(k).StartsWith("were", StringComparison.OrdinalIgnoreCase)))))
            {
                continue;
            }

            var subjectEnd = PhraseScanner.SkipVerbPrefix(v, k - 1, a);
            // "some Republicans, including Senator Lamar Alexander, were willing to …": the subject before an appositive.
            var speaker = absolute ?? (subjectEnd < a ? null : v.IsPunct(subjectEnd, ',') ? Appositive(subjectEnd, a) : PhraseScanner.Left(v, subjectEnd, a));
            var end = prep + 1;
            while (end < b && !v.IsPunct(end, ',') && !v.IsPunct(end, ';') && !v.IsPunct(end, ':') && !CoordinatedVerb(end))
            {
                end++;
            }

            var last = end - 1;
            while (last > prep && !v.IsWord(last) && !v.IsQuoteMark(last))
            {
                last--;
            }

            if (speaker is null || last <= prep || Covered(into, v.Span(prep + 1, last)))
            {
                continue;
            }

            into.Add(new Draft
            {
                Content = v.Span(prep + 1, last), Direct = false, Cue = v.Span(t, prep), SpeakerSpan = speaker, Sentence = s, Confidence = 0.45, Kind = CueKind.Mind,
            });
        }
    }
}
