using System.Collections.Frozen;

namespace Chronicle.Core.Attribution;

/// <summary>
/// Recognises news outlets, for venues ("told Middle East Eye") and source chains ("according to
/// Reuters"): a curated list with common abbreviations, names ending in a media word ("… News",
/// "… Times"), and abbreviations made of an outlet's initials ("MEE" for Middle East Eye).
/// </summary>
public static class MediaOutlets
{
    /// <summary>Known outlets (canonical name) and the abbreviations they go by.</summary>
    public static readonly FrozenDictionary<string, string> Known = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Reuters"] = "Reuters", ["Associated Press"] = "Associated Press", ["AP"] = "Associated Press",
        ["AFP"] = "Agence France-Presse", ["Agence France-Presse"] = "Agence France-Presse", ["Bloomberg"] = "Bloomberg",
        ["CNN"] = "CNN", ["BBC"] = "BBC", ["Al Jazeera"] = "Al Jazeera", ["Al-Jazeera"] = "Al Jazeera", ["Al Arabiya"] = "Al Arabiya",
        ["Asharq Al-Awsat"] = "Asharq Al-Awsat", ["Middle East Eye"] = "Middle East Eye", ["MEE"] = "Middle East Eye",
        ["Newsweek"] = "Newsweek", ["New York Times"] = "The New York Times", ["The New York Times"] = "The New York Times",
        ["NYT"] = "The New York Times", ["Washington Post"] = "The Washington Post", ["The Washington Post"] = "The Washington Post",
        ["Wall Street Journal"] = "The Wall Street Journal", ["The Wall Street Journal"] = "The Wall Street Journal",
        ["WSJ"] = "The Wall Street Journal", ["Times of Israel"] = "The Times of Israel", ["The Times of Israel"] = "The Times of Israel",
        ["Al Mayadeen"] = "Al Mayadeen", ["Arab World Press"] = "Arab World Press", ["The Guardian"] = "The Guardian",
        ["Guardian"] = "The Guardian", ["Fox News"] = "Fox News", ["NBC News"] = "NBC News", ["NBC"] = "NBC", ["CBS News"] = "CBS News",
        ["CBS"] = "CBS", ["ABC News"] = "ABC News", ["ABC"] = "ABC", ["MSNBC"] = "MSNBC", ["Politico"] = "Politico", ["Axios"] = "Axios",
        ["The Hill"] = "The Hill", ["USA Today"] = "USA Today", ["Shafaq News"] = "Shafaq News", ["Rudaw"] = "Rudaw",
        ["Kurdistan24"] = "Kurdistan24", ["The New Arab"] = "The New Arab", ["Al-Monitor"] = "Al-Monitor", ["Haaretz"] = "Haaretz",
        ["Jerusalem Post"] = "The Jerusalem Post", ["The Jerusalem Post"] = "The Jerusalem Post", ["Sky News"] = "Sky News",
        ["Xinhua"] = "Xinhua", ["TASS"] = "TASS", ["IRNA"] = "IRNA", ["Tasnim"] = "Tasnim", ["Fars"] = "Fars", ["Breitbart"] = "Breitbart",
        ["Huffington Post"] = "HuffPost", ["HuffPost"] = "HuffPost", ["NPR"] = "NPR", ["Financial Times"] = "Financial Times",
        ["The Economist"] = "The Economist", ["Der Spiegel"] = "Der Spiegel", ["Le Monde"] = "Le Monde", ["Anadolu"] = "Anadolu Agency",
        ["Anadolu Agency"] = "Anadolu Agency", ["Iraqi News Agency"] = "Iraqi News Agency", ["INA"] = "Iraqi News Agency",
        ["The Cradle"] = "The Cradle", ["Amwaj"] = "Amwaj.media", ["The National"] = "The National", ["Arab News"] = "Arab News",
        ["The Atlantic"] = "The Atlantic", ["Vox"] = "Vox", ["BuzzFeed"] = "BuzzFeed", ["The Daily Beast"] = "The Daily Beast",
        ["Los Angeles Times"] = "Los Angeles Times", ["Time"] = "Time", ["Yahoo News"] = "Yahoo News", ["Al-Sumaria"] = "Al-Sumaria",
        ["Sputnik"] = "Sputnik", ["RT"] = "RT", ["Press TV"] = "Press TV", ["Al-Ahed"] = "Al-Ahed", ["Kyodo"] = "Kyodo",
        ["Yonhap"] = "Yonhap", ["Interfax"] = "Interfax", ["EFE"] = "EFE", ["DPA"] = "DPA", ["ANSA"] = "ANSA",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Last words that make a capitalised name an outlet ("Shafaq News", "Gulf Times").</summary>
    public static readonly FrozenSet<string> MediaWords = new[]
    {
        "News", "Times", "Post", "Press", "Journal", "Herald", "Tribune", "Gazette", "Telegraph", "Guardian", "Monitor",
        "Observer", "Magazine", "TV", "Television", "Radio", "Channel", "Network", "Agency", "Daily", "Eye", "Report",
        "Chronicle", "Examiner", "Inquirer", "Courier", "Express", "Mirror", "Standard", "Review", "Today", "Media", "Wire",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The canonical outlet a name refers to, or null. <paramref name="extra"/> holds outlets known in
    /// this document (the publisher, "Arab World Press (AWP)"), whose initials also match.
    /// </summary>
    public static string? Resolve(string name, IEnumerable<string>? extra = null)
    {
        var trimmed = name.Trim().TrimEnd('.', ',');
        if (trimmed.Length == 0)
        {
            return null;
        }

        if (Known.TryGetValue(trimmed, out var known))
        {
            return known;
        }

        if (trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && Known.TryGetValue(trimmed[4..], out known))
        {
            return known;
        }

        if (extra is not null)
        {
            foreach (var outlet in extra)
            {
                if (string.Equals(outlet, trimmed, StringComparison.OrdinalIgnoreCase) || IsInitialism(trimmed, outlet))
                {
                    return outlet;
                }
            }
        }

        if (IsAllCaps(trimmed))
        {
            foreach (var outlet in Known.Values)
            {
                if (IsInitialism(trimmed, outlet))
                {
                    return outlet;
                }
            }
        }

        var last = trimmed.LastIndexOf(' ');
        if (last > 0 && char.IsUpper(trimmed[0]) && MediaWords.Contains(trimmed[(last + 1)..]))
        {
            return trimmed;
        }

        return null;
    }

    /// <summary>True when <paramref name="abbreviation"/> is the initials of <paramref name="name"/> ("MEE", "Middle East Eye").</summary>
    public static bool IsInitialism(string abbreviation, string name)
    {
        if (abbreviation.Length < 2 || !IsAllCaps(abbreviation))
        {
            return false;
        }

        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        var initials = new System.Text.StringBuilder();
        foreach (var w in words)
        {
            if (w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            initials.Append(char.ToUpperInvariant(w[0]));
        }

        return initials.ToString() == abbreviation;
    }

    private static bool IsAllCaps(string s)
    {
        foreach (var c in s)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
