namespace Chronicle.Core.Story;

/// <summary>PLOVER event type names, and what a rejection is about.</summary>
public static class EventTypes
{
    private static readonly HashSet<string> Plover = new(StringComparer.Ordinal)
    {
        "AGREE", "CONSULT", "REQUEST", "REJECT", "THREATEN", "ACCUSE", "ASSAULT", "RETREAT", "MOBILIZE", "SANCTION", "PROTEST",
        "SUPPORT", "COOPERATE", "AID", "COERCE",
    };

    public static bool IsPlover(string type) => Plover.Contains(type);

    /// <summary>
    /// The action a mention is about. REJECT whose mode names another type ("REJECT/retreat": refusing or
    /// denying a withdrawal) is about that type; everything else is about itself.
    /// </summary>
    public static string Subject(string type, string? mode) =>
        type == "REJECT" && mode is { Length: > 0 } && mode.ToUpperInvariant() is var t && t != "REJECT" && Plover.Contains(t) ? t : type;
}
