using System.Collections.Frozen;
using Chronicle.Core.Time.Values;

namespace Chronicle.Core.Time;

/// <summary>
/// The curated English word lists of the temporal grammar: months, weekdays, number words, units,
/// seasons, parts of day and the function words the rules test for. Every word a rule compares with
/// must be here: the tokenizer keeps only known words (unknown ones become ""), which spares an
/// allocation per word on the hot path.
/// </summary>
internal static class Lexicon
{
    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4, ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7,
        ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sept"] = 9, ["sep"] = 9, ["october"] = 10,
        ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
        ["octobers"] = 10, // a possessive whose apostrophe was lost in scraping ("Octobers elections")
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>ISO day numbers: Monday = 1 … Sunday = 7.</summary>
    public static readonly FrozenDictionary<string, int> Weekdays = new Dictionary<string, int>
    {
        ["monday"] = 1, ["mon"] = 1, ["tuesday"] = 2, ["tue"] = 2, ["tues"] = 2, ["wednesday"] = 3, ["wed"] = 3,
        ["thursday"] = 4, ["thu"] = 4, ["thurs"] = 4, ["friday"] = 5, ["fri"] = 5, ["saturday"] = 6, ["sat"] = 6,
        ["sunday"] = 7, ["sun"] = 7,
        ["mondays"] = 1, ["tuesdays"] = 2, ["wednesdays"] = 3, ["thursdays"] = 4, ["fridays"] = 5, ["saturdays"] = 6, ["sundays"] = 7,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> Numbers = new Dictionary<string, int>
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100, ["dozen"] = 12,
        ["a"] = 1, ["an"] = 1, ["single"] = 1,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6,
        ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12,
        ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17,
        ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30,
        ["last"] = -1, ["final"] = -1,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Vague amounts: the number is unknown ("several years" → PXY).</summary>
    public static readonly FrozenSet<string> VagueAmounts = new[]
    {
        "several", "few", "many", "some", "numerous", "various", "couple",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, TimeUnit> Units = new Dictionary<string, TimeUnit>
    {
        ["second"] = TimeUnit.Second, ["seconds"] = TimeUnit.Second, ["minute"] = TimeUnit.Minute, ["minutes"] = TimeUnit.Minute,
        ["min"] = TimeUnit.Minute, ["mins"] = TimeUnit.Minute,
        ["hour"] = TimeUnit.Hour, ["hours"] = TimeUnit.Hour, ["hr"] = TimeUnit.Hour, ["hrs"] = TimeUnit.Hour,
        ["day"] = TimeUnit.Day, ["days"] = TimeUnit.Day, ["week"] = TimeUnit.Week, ["weeks"] = TimeUnit.Week,
        ["month"] = TimeUnit.Month, ["months"] = TimeUnit.Month, ["quarter"] = TimeUnit.Quarter, ["quarters"] = TimeUnit.Quarter,
        ["year"] = TimeUnit.Year, ["years"] = TimeUnit.Year, ["yr"] = TimeUnit.Year, ["yrs"] = TimeUnit.Year,
        ["decade"] = TimeUnit.Decade, ["decades"] = TimeUnit.Decade,
        ["century"] = TimeUnit.Century, ["centuries"] = TimeUnit.Century, ["weekend"] = TimeUnit.Weekend, ["weekends"] = TimeUnit.Weekend,
        ["millennium"] = TimeUnit.Millennium, ["millennia"] = TimeUnit.Millennium,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, Season> Seasons = new Dictionary<string, Season>
    {
        ["spring"] = Season.Spring, ["summer"] = Season.Summer, ["fall"] = Season.Fall, ["autumn"] = Season.Fall,
        ["winter"] = Season.Winter,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, PartOfDay> PartsOfDay = new Dictionary<string, PartOfDay>
    {
        ["morning"] = PartOfDay.Morning, ["afternoon"] = PartOfDay.Afternoon, ["evening"] = PartOfDay.Evening,
        ["night"] = PartOfDay.Night, ["overnight"] = PartOfDay.Night,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Adverbs of frequency that are TIMEX3 sets on their own ("daily" → P1D).</summary>
    public static readonly FrozenDictionary<string, string> Frequencies = new Dictionary<string, string>
    {
        ["daily"] = "P1D", ["nightly"] = "P1D", ["weekly"] = "P1W", ["monthly"] = "P1M", ["annually"] = "P1Y",
        ["yearly"] = "P1Y", ["hourly"] = "PT1H", ["biweekly"] = "P2W", ["fortnightly"] = "P2W",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Function words and cues the rules and the tense heuristic test for.</summary>
    private static readonly string[] GrammarWords =
    [
        "the", "this", "that", "these", "those", "last", "next", "past", "coming", "previous", "following", "current", "latest",
        "same", "prior", "preceding", "upcoming", "recent", "ago", "earlier", "later", "before", "after", "from", "now", "hence",
        "today", "tonight", "yesterday", "tomorrow", "currently", "recently", "soon", "future", "nowadays", "presently",
        "early", "late", "mid", "middle", "end", "beginning", "start", "begin", "close", "turn", "of", "in", "on", "at",
        "by", "until", "till", "since", "through", "during", "within", "for", "about", "around", "roughly", "approximately",
        "nearly", "almost", "some", "more", "less", "than", "least", "most", "up", "to", "over", "under", "no", "and", "or",
        "so", "half", "quarter", "fiscal", "year", "ago", "every", "each", "per", "a", "an", "once", "twice", "times",
        "near", "s", "th", "st", "nd", "rd", "am", "pm", "a.m", "p.m", "noon", "midday", "midnight", "o", "clock",
        "est", "edt", "gmt", "utc", "cst", "cdt", "pst", "pdt", "mst", "mdt", "bst", "cet", "local", "time",
        "will", "ll", "shall", "would", "going", "scheduled", "expected", "expects", "expect", "plans", "plan", "planned",
        "due", "set", "intends", "aims", "hopes", "planning", "likely", "payable", "effective", "corresponding", "comparable", "high", "said", "says", "say", "was", "were", "had", "did", "has", "have", "is",
        "are", "be", "been", "told", "won", "wo", "t", "nt", "not", "to", "ahead", "term", "near", "long", "short", "run",
        "period", "periods", "season", "date", "while", "moment", "times", "days", "decade", "century", "centuries",
        "millennium", "q", "h", "nineties", "eighties", "seventies", "sixties", "fifties", "forties", "thirties",
        "twenties", "and", "beyond", "old", "long", "lasting", "ended", "ending", "ends", "year-end", "yearend",
        "christmas", "eve", "new", "years", "year's", "thanksgiving", "halloween", "easter", "independence", "day",
        "valentine", "election", "weekdays", "weeknights", "trading", "business", "working", "straight", "consecutive",
        "additional", "another", "full", "whole", "entire", "first", "two", "half", "couple", "several", "few",
        "then", "formerly", "previously", "already", "yet", "still", "ever", "again", "once", "immediately",
        "calendar", "ago", "pre", "post", "around", "toward", "towards", "ending", "present", "medium", "lately",
        "just", "right", "as", "possible", "meantime", "meanwhile", "foreseeable", "distant", "recently", "weeks",
        "months", "hours", "minutes", "amid", "among", "than", "other", "one", "on", "off", "into", "its", "their",
        "his", "her", "our", "your", "my", "which", "when", "whose", "what", "they", "he", "she", "it", "we", "you",
        "i", "if", "p", "m", "supposed", "alternate", "between", "near-daily", "rest", "remainder", "bulk", "age", "aged", "old", "thousand", "period",
    ];

    /// <summary>Words a rule can begin with (besides numbers and the apostrophe of "'90s").</summary>
    private static readonly string[] StarterWords =
    [
        "the", "end", "close", "beginning", "start", "middle", "early", "late", "mid", "earlier", "later", "about", "around",
        "roughly", "approximately", "some", "nearly", "almost", "over", "under", "more", "less", "at", "up", "no",
        "last", "past", "previous", "prior", "preceding", "this", "current", "present", "next", "coming", "upcoming", "following",
        "that", "same", "corresponding", "comparable", "quarter", "period", "latest", "fiscal", "q", "future", "near", "long", "short", "medium", "these", "recent", "half", "couple",
        "today", "tonight", "yesterday", "tomorrow", "now", "right", "currently", "presently", "nowadays", "recently", "lately", "soon",
        "every", "each", "per", "christmas", "easter", "halloween", "thanksgiving", "independence", "election", "new", "year",
        "noon", "midday", "midnight", "nineteen", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
    ];

    private static readonly FrozenSet<string> Starters = BuildStarters();

    private static readonly FrozenSet<string> Known = BuildKnown();

    /// <summary>The known words, looked up case-insensitively straight from the text (no lower-casing copy).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownLookup =
        Known.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The canonical lower-case spelling of a known word, or "" for any other word.</summary>
    public static string Intern(ReadOnlySpan<char> word) =>
        word.Length <= 16 && KnownLookup.TryGetValue(word, out var known) ? known : "";

    public static bool IsKnown(string word) => Known.Contains(word);

    /// <summary>True when some rule of the grammar can begin at this (known, lower-case) word.</summary>
    public static bool CanStart(string word) => Starters.Contains(word);

    private static FrozenSet<string> BuildStarters()
    {
        var all = new HashSet<string>(StarterWords, StringComparer.Ordinal);
        all.UnionWith(Months.Keys);
        all.UnionWith(Weekdays.Keys);
        all.UnionWith(Numbers.Keys);
        all.UnionWith(Ordinals.Keys);
        all.UnionWith(VagueAmounts);
        all.UnionWith(Units.Keys.Where(u => u.EndsWith('s')));
        all.UnionWith(["day", "week", "month"]); // "day-long", "week-long"
        all.UnionWith(Seasons.Keys);
        all.UnionWith(Frequencies.Keys);
        return all.ToFrozenSet(StringComparer.Ordinal);
    }

    private static FrozenSet<string> BuildKnown()
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        all.UnionWith(Months.Keys);
        all.UnionWith(Weekdays.Keys);
        all.UnionWith(Numbers.Keys);
        all.UnionWith(Ordinals.Keys);
        all.UnionWith(VagueAmounts);
        all.UnionWith(Units.Keys);
        all.UnionWith(Seasons.Keys);
        all.UnionWith(PartsOfDay.Keys);
        all.UnionWith(Frequencies.Keys);
        all.UnionWith(GrammarWords);
        all.UnionWith(["spring", "summers", "winters", "springs", "autumns", "falls", "mornings", "evenings", "nights", "afternoons"]);
        return all.ToFrozenSet(StringComparer.Ordinal);
    }
}
