using System.Collections.Frozen;
using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution;

/// <summary>
/// Finding a subject across what stands between it and its verb: a verb phrase before a participle, a conjunction
/// after a relative clause or a subject and its verb, a reduced relative clause, an aside set off by commas.
/// </summary>
internal sealed partial class CueFrames
{
    /// <summary>
    /// "When my mother mentioned the devil, I laughed and said …": a pronoun or a name and a past verb right before "and" are
    /// the subject of the verb after it, nearer than any earlier cue's subject.
    /// </summary>
    private TextSpan? SubjectOfVerbBefore(int conjunction, int a)
    {
        var verb = conjunction - 1;
        if (verb - 1 < a || !v.IsWord(verb) || v.IsCap(verb) || !(v.W(verb).EndsWith("ed", StringComparison.Ordinal) || PhraseScanner.IsIrregularPast(v, verb)))
        {
            return null;
        }

        if (v.In(verb - 1, SpeakerWords.Pronouns) && !v.Is(verb - 1, "it") && !v.Is(verb - 1, "you"))
        {
            return v.Span(verb - 1, verb - 1);
        }

        return v.IsCap(verb - 1) && !v.In(verb - 1, SpeakerWords.CapitalisedFunctionWords) ? PhraseScanner.Left(v, verb - 1, a) : null;
    }

    /// <summary>
    /// The auxiliary opening the verb phrase that a participle's left scan reached ("has | come out the other side",
    /// "have come back after | the storm"), or -1 when the phrase is a noun phrase of its own ("has seen people saying").
    /// </summary>
    private int AuxiliaryBeforeVerbPhrase(int start, int a)
    {
        if (!v.IsCap(start) && !PhraseScanner.IsDeterminer(v, start) && !v.In(start, SpeakerWords.Pronouns) && v.In(start - 1, Auxiliaries))
        {
            return start - 1; // the scan took the verb itself
        }

        if (!v.In(start - 1, VerbPhrasePrepositions))
        {
            return -1;
        }

        for (var k = start - 2; k > a && k >= start - 5; k--)
        {
            if (!v.IsWord(k) || v.IsCap(k) || PhraseScanner.IsDeterminer(v, k))
            {
                return -1;
            }

            if (v.In(k, Auxiliaries))
            {
                return k + 1 < start - 1 ? k : -1;
            }
        }

        return -1;
    }

    private static readonly FrozenSet<string> VerbPhrasePrepositions = new[] { "after", "through", "out", "across", "over", "into", "from", "during", "since" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "which Tim Cook called …", "that the mayor, Ann Lee, called …": a relative pronoun before the subject of the cue at
    /// <paramref name="cue"/> is its object, so what follows the cue is the name given.
    /// </summary>
    private bool ObjectRelativeBeforeSubject(int cue, int a)
    {
        var subjectEnd = PhraseScanner.SkipVerbPrefix(v, cue - 1, a);
        var appositive = v.IsPunct(subjectEnd, ',');
        if (appositive)
        {
            subjectEnd--;
        }

        if (subjectEnd < a || !v.IsWord(subjectEnd) || PhraseScanner.Left(v, subjectEnd, a) is not { } subject)
        {
            return false;
        }

        var k = v.TokenAt(subject.Start) - 1;
        if (appositive && v.IsPunct(k, ',') && k - 1 >= a && PhraseScanner.Left(v, k - 1, a) is { } appositiveHead)
        {
            k = v.TokenAt(appositiveHead.Start) - 1; // "which Apple's chief executive, Tim Cook, called"
        }

        // Not "what": "a deterrence to what it called “a threat”" names a thing inside a larger clause, whose report takes it whole.
        return k >= a && (v.Is(k, "which") || v.Is(k, "that"));
    }

    /// <summary>
    /// "demonstrators, who have taken to the streets and called for …": the relative pronoun whose clause the conjunction at
    /// <paramref name="conjunction"/> continues (no punctuation between), or -1.
    /// </summary>
    private int RelativeBeforeConjunction(int conjunction, int a)
    {
        for (var k = conjunction - 1; k > a && k >= conjunction - 15; k--)
        {
            if (v.Is(k, "who") || v.Is(k, "which"))
            {
                return k + 1 < conjunction - 1 ? k : -1;
            }

            if (!v.IsWord(k) && !v.IsPunct(k, '\'') && !v.IsPunct(k, '\u2019') && !v.IsPunct(k, '-'))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "other emails combed through by Vox", "documents obtained by the paper", "the section of the debate devoted to racial
    /// issues": when the phrase before a cue hangs on a participle after a noun, the noun phrase before that participle is the
    /// subject; null when the phrase is no such complement.
    /// </summary>
    private TextSpan? AgentOfReducedPassive(int agentStart, int a)
    {
        if (!v.In(agentStart - 1, ReducedRelativePrepositions))
        {
            return null;
        }

        var participle = agentStart - 2;
        if (v.In(participle, Particles))
        {
            participle--;
        }

        if (participle - 1 < a || !v.IsWord(participle) || v.IsCap(participle) || v.In(participle - 1, BeForms)
            || !(v.W(participle).EndsWith("ed", StringComparison.Ordinal) || v.W(participle).EndsWith("en", StringComparison.Ordinal) || PhraseScanner.IsIrregularPast(v, participle)))
        {
            return null;
        }

        return v.IsWord(participle - 1) && !v.IsCap(participle - 1) && !v.In(participle - 1, SpeakerWords.LeftStops) && !v.In(participle - 1, SpeakerWords.Pronouns)
            && (v.Is(agentStart - 1, "by") || !PhraseScanner.IsAdverb(v, participle - 1)) ? PhraseScanner.Left(v, participle - 1, a) : null;
    }

    private static readonly FrozenSet<string> ReducedRelativePrepositions = new[] { "by", "to", "in", "from", "with", "on", "at" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Particles = new[] { "through", "over", "up", "out" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "forced the chief executive, who was under questioning, to admit …", "The program, called EB-5, allows …": the last token
    /// before a relative or participle clause set off by commas that ends at <paramref name="k"/>; <paramref name="k"/> itself when there is none.
    /// </summary>
    private int BeforeRelativeAside(int k, int a)
    {
        if (!v.IsPunct(k, ','))
        {
            return k;
        }

        for (var j = k - 2; j > a && j >= k - 30; j--)
        {
            if (v.IsPunct(j, ',') && (v.Is(j + 1, "who") || v.Is(j + 1, "which") || (v.IsWord(j + 1) && !v.IsCap(j + 1)
                && (v.W(j + 1).EndsWith("ed", StringComparison.Ordinal) || PhraseScanner.IsIrregularPast(v, j + 1)))))
            {
                return v.IsWord(j - 1) ? j - 1 : k;
            }

            if (v.IsPunct(j, '.') || v.IsPunct(j, ';') || v.IsPunct(j, ',') || v.IsQuoteMark(j))
            {
                break;
            }
        }

        return k;
    }
}
