using System.Collections.Frozen;

namespace Chronicle.Core.Actors.Recognition;

/// <summary>
/// Small closed word lists the rules consult (English function words, calendar words, honorifics,
/// prepositions of place, organisation head nouns). Compared case-insensitively on spans.
/// </summary>
internal static class WordLists
{
    /// <summary>Capitalised at a sentence start or in headlines, never a name by themselves.</summary>
    public static readonly FrozenSet<string> Function = Set(
        "the", "a", "an", "and", "or", "but", "if", "in", "on", "at", "of", "for", "to", "from", "by", "with", "as", "this", "that",
        "these", "those", "there", "here", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your",
        "him", "them", "us", "after", "before", "during", "while", "when", "where", "what", "which", "who", "whom", "whose", "why", "how",
        "since", "until", "amid", "despite", "although", "though", "however", "meanwhile", "moreover", "also", "yet", "so", "then", "now",
        "today", "yesterday", "tomorrow", "last", "next", "some", "many", "most", "more", "several", "all", "both", "each", "other",
        "another", "such", "no", "not", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second",
        "third", "according", "speaking", "under", "over", "about", "against", "between", "without", "within", "following", "ahead",
        "among", "across", "unlike", "like", "just", "even", "only", "still", "already", "instead", "additionally", "furthermore",
        "nonetheless", "nevertheless", "overall", "earlier", "later", "recently", "read", "see", "related", "click", "share", "sign",
        "subscribe", "follow", "watch", "photo", "video", "image", "file", "source", "sources", "news", "breaking", "exclusive", "update",
        "live", "opinion", "analysis", "editor", "advertisement", "copyright", "is", "are", "was", "were", "be", "been", "has", "have",
        "had", "do", "does", "did", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "let", "yes", "mr", "mrs",
        "ms", "dr", "please", "thank", "thanks", "above", "below", "every", "any", "much", "because", "unless", "whether", "into",
        "onto", "upon", "via", "per", "toward", "towards", "around", "throughout", "near", "outside", "inside", "beyond", "up", "down",
        "out", "off", "again", "once", "twice", "why", "well", "very", "too", "either", "neither", "nor", "same", "own", "old",
        "top", "senior", "former", "local", "regional", "international", "national", "federal", "government", "officials", "official",
        "members", "member", "people", "forces", "troops", "militia", "militias", "group", "groups", "factions", "faction", "coalition",
        "committee", "committees", "ministry", "statement", "report", "reports", "agreement", "deal", "war", "talks", "state", "states",
        "country", "countries", "region", "resistance", "army", "military", "parliament", "president", "minister", "prime", "general",
        "republic", "kingdom", "office", "department", "council", "movement", "party", "agency", "media", "press", "world", "global");

    /// <summary>Words headline style leaves in lowercase: articles, short prepositions and conjunctions.</summary>
    public static readonly FrozenSet<string> Minor = Set(
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs", "via", "into", "over");

    public static readonly FrozenSet<string> Calendar = Set(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas", "easter", "ramadan", "eid");

    /// <summary>Capitalised adjectives and group nouns of religion, ethnicity and direction: not actors by themselves.</summary>
    public static readonly FrozenSet<string> NotNames = Set(
        "shia", "shiite", "shiites", "shia's", "sunni", "sunnis", "kurdish", "kurds", "arab", "arabs", "arabic", "western", "eastern",
        "northern", "southern", "central", "islamic", "islamist", "islamists", "muslim", "muslims", "jewish", "jews", "christian",
        "christians", "english", "persian", "jihadist", "jihadists", "zionist", "european", "african", "asian", "god", "allah", "internet",
        "ok", "tv", "am", "pm", "gmt", "utc", "ceo", "covid", "ai", "dollars", "dollar", "democratic", "democrat", "republican",
        "conservative", "liberal", "progressive", "communist", "socialist", "hispanic", "latino", "latina", "black", "white", "mexican",
        "canadian", "indian", "pakistani", "afghan", "somali", "sudanese", "libyan", "tunisian", "moroccan", "algerian", "emirati",
        "bahraini", "omani", "armenian", "azerbaijani", "georgian", "ukrainian", "polish", "italian", "spanish", "dutch", "belgian",
        "greek", "japanese", "korean", "vietnamese", "australian", "brazilian", "venezuelan", "cuban", "yazidi", "turkmen", "assyrian",
        "baloch", "pashtun", "druze", "alawite", "maronite", "catholic", "protestant", "evangelical", "orthodox", "hindu", "buddhist");

    /// <summary>Honorifics and titles that, written before a name, say it is a person's.</summary>
    public static readonly FrozenSet<string> PersonTitles = Set(
        "president", "minister", "general", "gen", "lieutenant", "lt", "maj", "major", "colonel", "col", "brigadier", "sergeant", "sgt",
        "admiral", "commander", "captain", "capt", "sheikh", "shaikh", "ayatollah", "imam", "sayyid", "mr", "mrs", "ms", "dr", "prof",
        "sir", "king", "queen", "prince", "emir", "sultan", "pope", "senator", "sen", "rep", "representative", "governor", "mayor",
        "ambassador", "secretary", "spokesman", "gov", "govt", "rev", "fr", "amb", "adm", "gens", "spokesperson", "spokeswoman", "deputy", "chief", "head", "leader", "chairman", "speaker",
        "director", "adviser", "advisor", "envoy", "aide", "counterpart", "successor", "predecessor", "cleric", "mp", "lawmaker", "judge",
        "justice", "premier", "chancellor", "commissioner", "correspondent", "reporter", "journalist", "analyst", "colleague");

    /// <summary>Words of a title that may precede a name without being part of it ("Prime", "Foreign", "Air Force").</summary>
    public static readonly FrozenSet<string> TitleWords = Set(
        "prime", "foreign", "defence", "defense", "interior", "army", "air", "force", "staff", "former", "acting", "then", "late",
        "supreme", "grand", "vice", "state", "department", "pentagon", "national", "security", "master", "first", "chief", "of", "the");

    /// <summary>Before a capital's name, these make it a place ("in Baghdad"), not the government ("Baghdad said").</summary>
    public static readonly FrozenSet<string> Locative = Set(
        "in", "at", "from", "to", "into", "near", "outside", "inside", "around", "across", "toward", "towards", "via", "through",
        "throughout", "within", "visit", "visited", "visiting", "visits", "reached", "arrived", "left", "leave", "leaving", "flew",
        "travelled", "traveled", "returned", "across", "outskirts", "over", "streets", "centre", "center", "downtown", "based");

    /// <summary>After a capital's name, these make it a place ("Baghdad airport", "the Baghdad embassy").</summary>
    public static readonly FrozenSet<string> PlaceNouns = Set(
        "embassy", "airport", "province", "governorate", "office", "offices", "residents", "streets", "base", "bases", "countryside",
        "city", "area", "region", "market", "suburb", "suburbs", "district", "neighbourhood", "neighborhood", "headquarters", "hotel",
        "university", "bureau", "correspondent", "time", "police", "municipality", "mosque", "hospital", "station", "port", "summit",
        "conference", "visit", "trip", "attack", "attacks", "strike", "strikes", "bombing", "blast", "explosion", "protests", "clashes",
        "operation", "front", "border", "governor", "council");

    /// <summary>Capitalised ends of group names and the kind they suggest.</summary>
    public static readonly FrozenSet<string> ArmedGroupHeads = Set(
        "brigades", "brigade", "battalions", "battalion", "forces", "army", "front", "resistance", "militia", "militias", "guard", "guards",
        "corps", "regiment", "units", "mobilisation", "mobilization", "division", "squadron", "fighters", "mujahideen", "legion");

    public static readonly FrozenSet<string> OrganisationHeads = Set(
        "council", "ministry", "committee", "commission", "party", "department", "agency", "organization", "organisation", "union",
        "league", "bank", "institute", "university", "office", "federation", "association", "court", "assembly", "parliament",
        "framework", "coalition", "alliance", "bloc", "movement", "authority", "foundation", "fund", "group", "company", "corporation",
        "centre", "center", "program", "programme", "mission", "command", "service", "services", "administration", "society", "network");

    /// <summary>Capitalised ends of names of things that are not actors: agreements, laws, events, doctrines.</summary>
    public static readonly FrozenSet<string> NotActorHeads = Set(
        "agreement", "agreements", "treaty", "accord", "accords", "deal", "act", "law", "resolution", "doctrine", "plan", "initiative",
        "summit", "conference", "war", "wars", "day", "prize", "award", "cup", "olympics", "festival", "election", "elections",
        "crisis", "revolution", "uprising", "strategy", "protocol", "declaration", "memorandum", "dialogue", "framework");

    public static readonly FrozenSet<string> MediaHeads = Set(
        "news", "times", "post", "press", "journal", "television", "tv", "radio", "channel", "herald", "tribune", "gazette", "monitor",
        "telegraph", "guardian", "review", "magazine", "daily", "weekly", "observer", "chronicle", "broadcasting");

    /// <summary>Arabic words that open armed-group names ("Kataib …", "Saraya …", "Harakat …", "Liwa …").</summary>
    public static readonly FrozenSet<string> ArmedGroupOpeners = Set(
        "kataib", "kataeb", "kata'ib", "kata’ib", "saraya", "harakat", "liwa", "asaib", "asa'ib", "jaish", "jaysh", "ansar", "faylaq",
        "hashd", "quwat", "tanzim", "jabhat", "hizb", "hezb");

    /// <summary>Lowercase words that may sit inside a name ("bin", "ibn", "of" after an organisation head).</summary>
    public static readonly FrozenSet<string> NameParticles = Set("bin", "ibn", "bint", "abu", "abd", "de", "van", "von", "der", "da", "del", "la", "le");

    public static readonly FrozenSet<string> Connectors = Set("of", "for", "in", "on", "the", "and");

    /// <summary>Words before a title that make it someone else's or a past holder's ("former prime minister").</summary>
    public static readonly FrozenSet<string> NotCurrent = Set(
        "former", "ex", "then", "late", "previous", "deputy", "vice", "assistant", "acting", "future", "next", "incoming", "outgoing",
        "first", "second", "another", "a", "an", "every", "each");

    public static bool Contains(FrozenSet<string> set, ReadOnlySpan<char> word) =>
        set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
