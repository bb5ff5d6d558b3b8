namespace Chronicle.Core.Time.Values;

/// <summary>
/// A value that is not an anchored calendar interval: an underspecified date ("XXXX-WXX-3" when the
/// publication time is unknown), a vague reference (PRESENT_REF, PAST_REF, FUTURE_REF), a duration
/// ("P2W") or a set ("P1D", "XXXX-WXX-1"). The TIMEX3 string is the whole value.
/// </summary>
public sealed record OpenValue(string Timex, OpenKind Kind) : TemporalValue
{
    public override string Timex { get; } = Timex;
}

public enum OpenKind
{
    Underspecified,
    Reference,
    Duration,
    Set,
}
