namespace Chronicle.Core.Time;

/// <summary>The time orientation of a clause, as far as cheap cues tell.</summary>
internal enum Tense
{
    Unknown,
    Past,
    Future,
}

/// <summary>
/// Guesses whether the clause around an expression speaks of the past or the future from the nearest
/// cue word in its sentence: "will", "'ll", "shall", "would", "going to", "scheduled", "expected", "plans", "planning", "likely", "payable", "effective", "due", "supposed",
/// "next", "upcoming" point forward; "said", "was", "had", "did", "ago", "last" and past participles
/// ("-ed") point back. Cheap and wrong sometimes; only expressions that need a direction ask for it
/// ("on Saturday", "in October").
/// </summary>
internal static class TenseEstimator
{
    /// <summary>Cues further away (in weighted tokens) belong to another clause.</summary>
    private const int MaxDistance = 24;

    /// <param name="strict">Count only unambiguous past cues ("was", "had", "since", "ago"), not reporting verbs or "-ed" words.</param>
    public static Tense Estimate(string text, TimeToken[] tokens, int lo, int hi, int start, int end, bool strict = false)
    {
        var bestDistance = int.MaxValue;
        var best = Tense.Unknown;
        for (var i = Math.Max(lo, start - 12); i < Math.Min(hi, end + 12); i++)
        {
            if (i >= start && i < end)
            {
                continue;
            }

            var cue = Cue(text, tokens, lo, i);
            if (strict && cue == Tense.Past && !IsStrongPast(tokens[i].Lower))
            {
                continue;
            }

            // "announced in May that it would dissolve": a "would" after the date is the future of a past
            // moment (or a condition), not a sign the date lies ahead.
            if (strict && i >= end && tokens[i].Is("would"))
            {
                continue;
            }

            if (cue == Tense.Unknown)
            {
                continue;
            }

            // Cues before the expression weigh a little more: the verb usually precedes its adjunct.
            var distance = i < start ? (start - i) * 2 : ((i - end) * 2) + 3;
            if (distance < bestDistance && distance <= MaxDistance)
            {
                bestDistance = distance;
                best = cue;
            }
        }

        return best;
    }

    private static bool IsStrongPast(string word) => word is "was" or "were" or "had" or "did" or "ago" or "last" or "since" or "ended";

    /// <summary>True when "had" follows within a few tokens (the clause that "until" bounds is in the past perfect).</summary>
    private static bool HadFollows(TimeToken[] tokens, int i)
    {
        for (var k = i + 1; k < Math.Min(tokens.Length, i + 9); k++)
        {
            if (tokens[k].Is("had"))
            {
                return true;
            }

            if (tokens[k].IsPunct('.') || tokens[k].IsPunct(';'))
            {
                return false;
            }
        }

        return false;
    }

    private static Tense Cue(string text, TimeToken[] tokens, int lo, int i)
    {
        var t = tokens[i];
        if (t.Kind != TimeTokenKind.Word)
        {
            return Tense.Unknown;
        }

        switch (t.Lower)
        {
            // "had been scheduled to expire Friday", "had been due": a plan in the past perfect was overtaken; its date is behind us.
            case "scheduled" or "expected" or "due" or "set" or "planned" when i - 2 >= lo && tokens[i - 1].Is("been") && tokens[i - 2].Is("had"):
                return Tense.Past;

            // "the plan", "its plans": after a determiner the noun is no cue ("plans to vote", "plans a vote" are).
            case "plan" or "plans" when i > lo && tokens[i - 1].Lower is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "our" or "this" or "that" or "these" or "those"
                && (i + 1 >= tokens.Length || !tokens[i + 1].Is("to")):
                return Tense.Unknown;

            // "Until Thursday, they had not …": a bound on a state in the past perfect is behind us.
            case "until" or "till" when HadFollows(tokens, i):
                return Tense.Past;
            case "will" or "shall" or "scheduled" or "expected" or "expects" or "expect" or "plans" or "plan" or "planned" or "due"
                or "intends" or "aims" or "hopes" or "until" or "till" or "would" or "planning" or "likely" or "payable" or "effective" or "supposed":
                return Tense.Future;
            case "soon" or "early" when i > lo && tokens[i - 1].Is("as"):
                return Tense.Future;
            case "to" when i > 0 && (tokens[i - 1].Is("is") || tokens[i - 1].Is("are")):
                return Tense.Future;
            case "ll" when i > lo && tokens[i - 1].IsPunct('\''):
                return Tense.Future;
            case "going" when i + 1 < tokens.Length && tokens[i + 1].Is("to"):
                return Tense.Future;
            case "set" when i + 1 < tokens.Length && tokens[i + 1].Is("to"):
                return Tense.Future;
            // "were planning to": the progressive plan points forward; "was expected" stays past.
            case "was" or "were" when i + 1 < tokens.Length && tokens[i + 1].Is("planning"):
                return Tense.Unknown;
            case "said" or "was" or "were" or "had" or "did" or "ago" or "told" or "last" or "ended" or "since":
                return Tense.Past;
            case "":
                // A past participle or simple past outside the lexicon: "announced", "killed".
                var raw = text.AsSpan(t.Start, t.Length);
                return raw.Length > 4 && raw.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(raw[0]) ? Tense.Past : Tense.Unknown;
            default:
                return Tense.Unknown;
        }
    }
}
