using Chronicle.Core.Events.Text;

namespace Chronicle.Core.Events.Claims;

/// <summary>
/// What a number may count. Known count nouns are trusted; any other plural noun is accepted with
/// lower confidence; time units are durations, not claims. Modifier words may stand between the
/// number and the noun ("2,500 U.S. troops", "seven American personnel", "six Iraqi factions").
/// </summary>
internal static class Units
{
    public static readonly WordSet Known = WordSet.Of(
        "troops", "soldiers", "personnel", "fighters", "militants", "advisers", "advisors", "officials", "people", "civilians",
        "factions", "groups", "measures", "rockets", "drones", "missiles", "bases", "members", "prisoners", "hostages", "detainees",
        "casualties", "refugees", "forces", "vehicles", "tanks", "aircraft", "jets", "convoys", "attacks", "strikes", "countries",
        "police", "officers", "staff", "contractors", "diplomats", "militias", "brigades", "battalions", "units", "dollars", "percent",
        "workers", "children", "women", "men", "families", "residents", "villages", "towns", "positions", "checkpoints", "weapons",
        "trucks", "marines", "sailors", "airmen", "captives", "wounded", "dead", "deaths", "injuries", "injured", "killed");

    public static readonly WordSet NotUnits = WordSet.Of(
        "days", "weeks", "months", "years", "hours", "minutes", "seconds", "decades", "centuries", "times", "was", "is", "has",
        "percentages", "as", "this", "its", "his", "yards", "ones", "others", "sides", "parties", "stages", "phases", "steps", "rounds", "ways",
        "reasons", "options", "terms", "decades");

    public static readonly WordSet Modifiers = WordSet.Of(
        "foreign", "military", "combat", "additional", "more", "other", "armed", "local", "senior", "active", "regular", "special",
        "heavy", "civilian", "international", "coalition", "allied", "new", "enemy", "elite", "u", "s", ".", "us", "american", "iraqi",
        "government", "rebel", "militia", "security", "remaining", "stationed", "deployed", "more", "than");

    public static bool IsUnitCandidate(DocumentView view, int t, out bool known)
    {
        var w = view.Word(t);
        known = Known.Contains(w);
        if (known)
        {
            return true;
        }

        return view.Tokens[t].Kind == Model.TokenKind.Word && !view.IsCapitalized(t) && w.Length > 3 && w[^1] == 's' && !w.EndsWith("ss")
            && !w.EndsWith("'s") && !w.EndsWith("\u2019s") && !NotUnits.Contains(w);
    }
}
