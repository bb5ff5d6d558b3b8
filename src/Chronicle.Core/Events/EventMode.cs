using Chronicle.Core.Events.Lexicon;
using Chronicle.Core.Events.Text;

namespace Chronicle.Core.Events;

/// <summary>
/// The mode of an event: the trigger's own (PLOVER-style) mode, else for assaults the means named
/// around the trigger — aerial (drones, air strikes, jets), rocket (rockets, missiles, mortars,
/// shelling), explosives, firearms, assassination — else "repeated" for a campaign told as recurring
/// ("near-daily attacks").
/// </summary>
internal static class EventMode
{
    private const int Reach = 3;

    private static readonly Dictionary<string, string> Means = new(StringComparer.Ordinal)
    {
        ["drone"] = "aerial", ["drones"] = "aerial", ["airstrike"] = "aerial", ["airstrikes"] = "aerial", ["air"] = "aerial",
        ["warplane"] = "aerial", ["warplanes"] = "aerial", ["jets"] = "aerial", ["aircraft"] = "aerial", ["helicopter"] = "aerial",
        ["rocket"] = "rocket", ["rockets"] = "rocket", ["missile"] = "rocket", ["missiles"] = "rocket", ["mortar"] = "rocket",
        ["mortars"] = "rocket", ["artillery"] = "rocket", ["shelling"] = "rocket",
        ["bomb"] = "explosives", ["bombs"] = "explosives", ["explosives"] = "explosives", ["ied"] = "explosives", ["car-bomb"] = "explosives",
        ["gunmen"] = "firearms", ["gunfire"] = "firearms", ["shooting"] = "firearms", ["sniper"] = "firearms",
    };

    public static string? Resolve(SentenceFrame frame, TriggerMatch match)
    {
        if (match.Entry.Mode is { } mode)
        {
            return mode;
        }

        if (match.Entry.Type != EventTypes.Assault)
        {
            return null;
        }

        var view = frame.View;
        var from = Math.Max(frame.ClauseStart(match.First), match.First - Reach);
        var to = Math.Min(frame.ClauseEnd(match.First), match.Last + Reach + 1);
        for (var t = from; t < to; t++)
        {
            if (Means.TryGetValue(view.Word(t).ToString(), out var means))
            {
                return means;
            }
        }

        for (var t = frame.ClauseStart(match.First); t < frame.ClauseEnd(match.First); t++)
        {
            if (Cues.Repeated.Contains(view.Word(t)))
            {
                return "repeated";
            }
        }

        return null;
    }
}
