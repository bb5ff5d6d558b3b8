using System.Collections.Frozen;

namespace Chronicle.Core.Attribution;

/// <summary>
/// Nationality adjectives and short country names → the country, so that "a senior Iraqi official"
/// gets affiliation Iraq and "Iraqi Foreign Ministry" compares equal to "Iraq's Foreign Ministry".
/// </summary>
public static class Demonyms
{
    private static readonly FrozenDictionary<string, string> Map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["iraqi"] = "Iraq", ["iraqis"] = "Iraq", ["iraq"] = "Iraq", ["american"] = "United States", ["americans"] = "United States",
        ["us"] = "United States", ["u.s"] = "United States", ["u.s."] = "United States", ["usa"] = "United States",
        ["iranian"] = "Iran", ["iran"] = "Iran", ["israeli"] = "Israel", ["israel"] = "Israel", ["syrian"] = "Syria", ["syria"] = "Syria",
        ["turkish"] = "Turkey", ["turkey"] = "Turkey", ["kurdish"] = "Kurdistan", ["lebanese"] = "Lebanon", ["lebanon"] = "Lebanon",
        ["saudi"] = "Saudi Arabia", ["british"] = "United Kingdom", ["uk"] = "United Kingdom", ["french"] = "France", ["france"] = "France",
        ["russian"] = "Russia", ["russia"] = "Russia", ["chinese"] = "China", ["china"] = "China", ["german"] = "Germany",
        ["germany"] = "Germany", ["qatari"] = "Qatar", ["jordanian"] = "Jordan", ["jordan"] = "Jordan", ["egyptian"] = "Egypt",
        ["egypt"] = "Egypt", ["palestinian"] = "Palestine", ["yemeni"] = "Yemen", ["emirati"] = "United Arab Emirates",
        ["kuwaiti"] = "Kuwait", ["pakistani"] = "Pakistan", ["afghan"] = "Afghanistan", ["ukrainian"] = "Ukraine", ["ukraine"] = "Ukraine",
        ["european"] = "European Union", ["mexican"] = "Mexico", ["canadian"] = "Canada", ["japanese"] = "Japan", ["indian"] = "India",
        ["italian"] = "Italy", ["spanish"] = "Spain", ["greek"] = "Greece", ["polish"] = "Poland", ["dutch"] = "Netherlands",
        ["swedish"] = "Sweden", ["norwegian"] = "Norway", ["korean"] = "Korea", ["australian"] = "Australia", ["libyan"] = "Libya",
        ["tunisian"] = "Tunisia", ["moroccan"] = "Morocco", ["algerian"] = "Algeria", ["sudanese"] = "Sudan", ["bahraini"] = "Bahrain",
        ["omani"] = "Oman",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Countries = Map.Values.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when the name is one of the countries this table knows ("Iraq", "United States").</summary>
    public static bool IsCountry(string name) => Countries.Contains(name);

    /// <summary>The country a nationality word (or possessive country name, "Iraq's") names, or null.</summary>
    public static string? CountryOf(ReadOnlySpan<char> word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            word = word[..^2];
        }

        return Map.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var country) ? country : null;
    }
}
