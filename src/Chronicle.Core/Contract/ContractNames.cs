using Chronicle.Core.Model;

namespace Chronicle.Core.Contract;

/// <summary>The spellings the JSON contract uses for enum values.</summary>
public static class ContractNames
{
    public static string Of(TimexType type) => type switch
    {
        TimexType.Date => "DATE",
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        _ => "SET",
    };

    public static string Of(TimexMod mod) => mod switch
    {
        TimexMod.Before => "BEFORE",
        TimexMod.After => "AFTER",
        TimexMod.OnOrBefore => "ON_OR_BEFORE",
        TimexMod.OnOrAfter => "ON_OR_AFTER",
        TimexMod.Start => "START",
        TimexMod.Mid => "MID",
        TimexMod.End => "END",
        TimexMod.MoreThan => "MORE_THAN",
        TimexMod.LessThan => "LESS_THAN",
        TimexMod.EqualOrMore => "EQUAL_OR_MORE",
        TimexMod.EqualOrLess => "EQUAL_OR_LESS",
        _ => "APPROX",
    };

    public static string Of(PublicationOrigin origin) => origin.ToString().ToLowerInvariant();

    public static string Of(DatePrecision precision) => precision.ToString().ToLowerInvariant();

    public static string Of(ActorKind kind) => kind switch
    {
        ActorKind.ArmedGroup => "armed group",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string Of(Modality modality) => modality switch
    {
        Modality.ReportedUnconfirmed => "reported-unconfirmed",
        _ => modality.ToString().ToLowerInvariant(),
    };

    public static string Of(CommitmentState state) => state switch
    {
        CommitmentState.AgreedInPrinciple => "agreed in principle",
        CommitmentState.AwaitingApproval => "awaiting approval",
        CommitmentState.InProgress => "in progress",
        _ => state.ToString().ToLowerInvariant(),
    };
}
