using System.Collections.Frozen;
using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution;

/// <summary>Pronoun speakers and the person-awareness they need: who can be "he", "she" or "they".</summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// A pronoun speaker: "I", "we" and "you" outside a quotation are the writer (or the reader); "he" and "she" take the
    /// person opening their own sentence, else the last speaker who can be a person, else the person just named or
    /// described; "they" the last speaker who is not one person; "it" the last body, state or document that spoke.
    /// </summary>
    private SpeakerInfo DescribePronoun(Draft d, TextSpan span, int first, string text, List<Draft> before)
    {
        if (v.Is(first, "i") || v.Is(first, "we") || v.Is(first, "you") || v.Is(first, "my") || v.Is(first, "our") || v.Is(first, "your"))
        {
            // "I cannot fathom …", "We are convinced …": no antecedent, and none for a later "he" or "they" either.
            return new SpeakerInfo(null, text, null, null, true, true) { NotPerson = true, OnePerson = true };
        }

        // A possessive holder ("his remarks on …", "his best response was to say") refers back as its subject form does.
        var personal = v.Is(first, "he") || v.Is(first, "she") || v.Is(first, "his") || v.Is(first, "her");
        Span<char> buffer = stackalloc char[40];
        var gender = GenderCues.OfWord(PhraseScanner.Lower(v, first, buffer));
        if (personal && SubjectPersonBefore(d.Sentence, span.Start) is { } subject && !subject.Span.Overlaps(d.Content)
            && !Conflicts(GenderOfName(subject.Name, SpanGender(subject.Span)), gender))
        {
            // "The prime minister met Qaani …, during which he provided …": the person opening the sentence, not the last speaker.
            return Describe(d, subject.Span, before) with { IsPronoun = true };
        }

        // "he", "she": not a state or a ministry quoted in between; "they": not one named or described person.
        // "Mary Lee said … He added …": a person whose gender is known to differ is no antecedent.
        var antecedent = personal ? Previous(before, d, gender == SpeakerGender.Female ? "woman" : "man", p => p.Speaker is { NotPerson: false } s && !Conflicts(GenderOf(s), gender))
            : v.Is(first, "they") || v.Is(first, "their") ? Previous(before, d, "group", p => p.Speaker is { OnePerson: false })
            // "it": a body, a state or a document (an unresolved "I" or "we" is NotPerson too, but no body).
            : v.Is(first, "it") || v.Is(first, "its") ? Previous(before, d, "body", p => p.Speaker is { NotPerson: true, IsPronoun: false } or { NotPerson: true, ActorId: not null })
            : Previous(before, d, "any", _ => true);
        if (personal && antecedent is null && PersonDescriptionBefore(d.Sentence, span.Start) is { } described
            && Describe(d, described, before) is var person && !Conflicts(GenderOf(person), gender))
        {
            // "… stood behind a senior commander as he read the announcement. He said …": no person spoke before; the person just described did.
            return person with { IsPronoun = true };
        }

        return antecedent?.Speaker is { } s ? s with { IsPronoun = true } : new SpeakerInfo(null, text, null, null, true, true);
    }

    /// <summary>
    /// The speaker with what its phrase says of the gender: a pronoun, a title or a gendered noun in the phrase, else a
    /// common given name opening a name of two words or more, else what an earlier phrase said for the same name, else what
    /// the antecedent carried. A gender found is remembered for the name.
    /// </summary>
    private SpeakerInfo WithGender(TextSpan span, SpeakerInfo info)
    {
        var gender = SpanGender(span);
        if (gender == SpeakerGender.Unknown)
        {
            gender = GenderOfName(info.Name, info.Gender);
        }

        if (gender != SpeakerGender.Unknown && info.Name is { } name)
        {
            _genderByName.TryAdd(name, gender);
        }

        return gender == info.Gender ? info : info with { Gender = gender };
    }

    /// <summary>The gender stated by a word of the phrase ("Mr.", "spokeswoman", "she"), or unknown.</summary>
    private SpeakerGender SpanGender(TextSpan span)
    {
        Span<char> buffer = stackalloc char[40];
        for (var k = v.TokenAt(span.Start); k < v.Tokens.Length && v.Tokens[k].Span.End <= span.End; k++)
        {
            if (v.IsWord(k) && GenderCues.OfWord(PhraseScanner.Lower(v, k, buffer)) is var g and not SpeakerGender.Unknown)
            {
                return g;
            }
        }

        return SpeakerGender.Unknown;
    }

    /// <summary>The gender of a name: stated already (<paramref name="known"/>), learned earlier for it, or its given name's.</summary>
    private SpeakerGender GenderOfName(string? name, SpeakerGender known)
    {
        if (known != SpeakerGender.Unknown || name is null)
        {
            return known;
        }

        if (_genderByName.TryGetValue(name, out var learned))
        {
            return learned;
        }

        var space = name.IndexOf(' ', StringComparison.Ordinal);
        Span<char> lower = stackalloc char[32];
        return space > 0 && space <= lower.Length && name.AsSpan(0, space).ToLowerInvariant(lower) == space
            ? GenderCues.OfGivenName(lower[..space]) : SpeakerGender.Unknown;
    }

    private SpeakerGender GenderOf(SpeakerInfo s) => GenderOfName(s.Name, s.Gender);

    private static bool Conflicts(SpeakerGender a, SpeakerGender b) => a != SpeakerGender.Unknown && b != SpeakerGender.Unknown && a != b;

    /// <summary>A person named at the start of sentence <paramref name="s"/> (its subject), before <paramref name="pos"/>.</summary>
    private ActorMention? SubjectPersonBefore(int s, int pos)
    {
        var start = v.SentenceStart[s];
        var limit = Math.Min(start + 3, v.SentenceEnd[s]);
        foreach (var id in ActorIndex.Overlapping(new TextSpan(v.Tokens[start].Span.Start, v.Tokens[limit - 1].Span.End)))
        {
            var a = actors[id];
            if (a.Kind is ActorKind.Person or ActorKind.Unknown && a.Span.End <= pos && v.TokenAt(a.Span.Start) < limit && NoWordBefore(start, v.TokenAt(a.Span.Start)))
            {
                return a;
            }
        }

        return null;
    }

    private static readonly FrozenSet<string> SinglePersonNouns = new[]
    {
        "commander", "official", "spokesman", "spokeswoman", "spokesperson", "negotiator", "diplomat", "leader", "member", "aide",
        "adviser", "advisor", "analyst", "expert", "officer", "lawmaker", "politician", "representative", "lawyer", "attorney", "judge",
        "senator", "governor", "mayor", "minister", "candidate", "doctor", "economist", "activist", "witness", "resident", "chief",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A head noun that names one person ("official", "organiser", "source"), not a body, a document or a group.</summary>
    private bool PersonHead(int k)
    {
        if (!v.IsWord(k))
        {
            return false;
        }

        var w = v.W(k);
        if (v.In(k, SinglePersonNouns) || v.Is(k, "source") || v.Is(k, "insider") || v.Is(k, "person") || v.Is(k, "one") || v.IsCap(k))
        {
            return true;
        }

        return !w.EndsWith("s", StringComparison.Ordinal) && (w.EndsWith("er", StringComparison.Ordinal) || w.EndsWith("or", StringComparison.Ordinal)
            || w.EndsWith("ist", StringComparison.Ordinal) || w.EndsWith("ian", StringComparison.Ordinal) || w.EndsWith("man", StringComparison.Ordinal)
            || w.EndsWith("woman", StringComparison.Ordinal) || w.EndsWith("person", StringComparison.Ordinal));
    }

    /// <summary>
    /// The last person named, or described with an article ("a senior commander"), in sentence <paramref name="s"/> before
    /// <paramref name="pos"/> or in the sentence before it; null when there is none.
    /// </summary>
    private TextSpan? PersonDescriptionBefore(int s, int pos)
    {
        var from = Math.Max(v.SentenceStart[Math.Max(0, s - 1)], v.TokenAt(pos) - 80); // bounded: a run-on "sentence" costs no more
        for (var k = v.TokenAt(pos) - 1; k >= from; k--)
        {
            if (ActorOver(v.Tokens[k].Span) is { Kind: ActorKind.Person } named)
            {
                return named.Span; // a person named after the description is nearer
            }

            if (!v.In(k, SinglePersonNouns) || v.IsCap(k))
            {
                continue;
            }

            var sentenceStart = v.SentenceStart[k >= v.SentenceStart[s] ? s : s - 1];
            for (var j = k - 1; j >= Math.Max(sentenceStart, k - 4); j--)
            {
                if (v.Is(j, "a") || v.Is(j, "an") || v.Is(j, "the"))
                {
                    return new TextSpan(v.Tokens[j].Span.Start, v.Tokens[k].Span.End);
                }

                if (!v.IsWord(j))
                {
                    break;
                }
            }
        }

        return null;
    }

    /// <summary>Between <paramref name="from"/> and <paramref name="to"/> only an article or a title-like capitalised word ("The", "Prime").</summary>
    private bool NoWordBefore(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!(v.Is(k, "the") || v.IsCap(k)))
            {
                return false;
            }
        }

        return true;
    }
}
