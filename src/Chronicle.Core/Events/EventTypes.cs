namespace Chronicle.Core.Events;

/// <summary>
/// The PLOVER event types Chronicle assigns (PLOVER is the CAMEO successor used by POLECAT), and the
/// documented escape <see cref="Other"/>: an event-like trigger whose PLOVER type Chronicle does not
/// model (arrests and expulsions = PLOVER COERCE, prisoner releases = CONCEDE, aid = AID); its mode
/// names that type.
/// </summary>
public static class EventTypes
{
    public const string Agree = "AGREE";
    public const string Consult = "CONSULT";
    public const string Request = "REQUEST";
    public const string Reject = "REJECT";
    public const string Threaten = "THREATEN";
    public const string Accuse = "ACCUSE";
    public const string Assault = "ASSAULT";
    public const string Retreat = "RETREAT";
    public const string Mobilize = "MOBILIZE";
    public const string Sanction = "SANCTION";
    public const string Protest = "PROTEST";
    public const string Support = "SUPPORT";
    public const string Cooperate = "COOPERATE";
    public const string Other = "OTHER";

    public static IReadOnlyList<string> All { get; } =
        [Agree, Consult, Request, Reject, Threaten, Accuse, Assault, Retreat, Mobilize, Sanction, Protest, Support, Cooperate, Other];
}
