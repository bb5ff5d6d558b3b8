namespace Chronicle.Core.Model;

public enum TimexType
{
    Date,
    Time,
    Duration,
    Set,
}

/// <summary>TIMEX3 modifiers carried by deadlines and boundaries ("by", "end of", "early", "about").</summary>
public enum TimexMod
{
    Before,
    After,
    OnOrBefore,
    OnOrAfter,
    Start,
    Mid,
    End,
    Approx,
    /// <summary>"more than six months".</summary>
    MoreThan,
    /// <summary>"less than a year", "nearly three years".</summary>
    LessThan,
    /// <summary>"at least 30 days".</summary>
    EqualOrMore,
    /// <summary>"up to 180 days", "no more than sixty days".</summary>
    EqualOrLess,
}

/// <summary>
/// A normalised time value: a TIMEX3 <see cref="Value"/> ("2024-09-07", "2025-09", "2026",
/// "XXXX-WXX-3", "P2W", "PRESENT_REF") with an optional modifier.
/// </summary>
public sealed record TimeValue(string Value, TimexMod? Mod = null);

/// <summary>A temporal expression found in the text and normalised against the publication time.</summary>
public sealed record TimeExpression(TextSpan Span, TimexType Type, TimeValue Value, double Confidence, string? Anchor = null);
