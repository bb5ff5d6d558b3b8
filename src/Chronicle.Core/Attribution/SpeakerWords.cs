using System.Collections.Frozen;

namespace Chronicle.Core.Attribution;

/// <summary>
/// Word lists for finding and describing speakers: pronouns, function words that end a speaker phrase,
/// titles stripped from names, nationality adjectives, organisation head words. Data of the stage.
/// </summary>
public static class SpeakerWords
{
    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Pronouns that can name a speaker; resolved to the previous speaker.</summary>
    public static readonly FrozenSet<string> Pronouns = Set("he", "she", "they", "it", "we", "i", "you");

    /// <summary>Possessive pronouns: a holder ("his remarks", "her view"), resolved like their subject forms.</summary>
    public static readonly FrozenSet<string> PossessivePronouns = Set("his", "her", "their", "its", "our", "my", "your");

    /// <summary>Words that can sit between a subject and its verb ("has also said", "later told").</summary>
    public static readonly FrozenSet<string> VerbPrefix = Set(
        "has", "have", "had", "is", "was", "were", "are", "be", "been", "also", "later", "previously", "repeatedly", "recently",
        "again", "reportedly", "publicly", "then", "would", "will", "could", "may", "might", "can", "did", "does", "do", "not",
        "never", "already", "once", "earlier", "further", "still", "even", "just", "only", "often", "always", "privately",
        "openly", "firmly", "flatly", "explicitly", "clearly", "strongly", "quickly", "immediately", "separately", "subsequently",
        "initially", "first", "last", "long", "apparently", "allegedly", "reportedly", "should", "must", "shall", "n't", "ever",
        "now", "all", "both", "yet", "too", "personally", "jointly", "formally", "officially", "partly", "largely", "widely",
        "almost", "perhaps", "together", "probably", "soon", "since", "likewise", "also", "sometimes", "frequently", "usually", "cannot");

    /// <summary>Words that end a speaker phrase when scanning left from a cue (clause starts, relatives, conjunctions).</summary>
    public static readonly FrozenSet<string> LeftStops = Set(
        "that", "which", "who", "whom", "whose", "when", "where", "while", "because", "but", "if", "as", "since", "after",
        "before", "although", "though", "unless", "until", "so", "than", "whether", "why", "how", "what", "once", "and", "or",
        "nor", "yet", "for", "to", "by", "with", "in", "on", "at", "from", "into", "about", "against", "over", "under", "during",
        "says", "said", "told", "there", "here", "is", "was", "are", "were", "be", "has", "have", "had", "not", "also", "would",
        "will", "this", "these", "those", "it's", "its", "do", "does", "did", "can", "could", "should", "may", "might", "must",
        "then", "now", "also", "even", "however", "meanwhile", "moreover", "instead", "still", "today", "yesterday", "tonight",
        "between", "without", "through", "despite", "among", "upon", "toward", "towards", "within", "beyond", "amid", "cannot", "including",
        "everything", "anything", "nothing", "something");

    /// <summary>Words that end a speaker phrase when scanning right from an inverted cue ("said X on Monday").</summary>
    public static readonly FrozenSet<string> RightStops = Set(
        "on", "in", "at", "during", "after", "before", "when", "while", "who", "which", "that", "adding", "saying", "noting",
        "according", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "last", "this", "earlier", "late", "recently", "told", "as", "because", "but", "and", "in", "via", "through", "to",
        "from", "by", "since", "told", "about", "speaking", "referring", "citing", "wrote", "tweeted", "where", "without");

    /// <summary>Words that are titles or ranks, stripped from the front of a name ("Prime Minister", "Maj. Gen.").</summary>
    public static readonly FrozenSet<string> Titles = Set(
        "president", "vice", "prime", "minister", "secretary", "general", "gen", "maj", "major", "lt", "lieutenant", "col",
        "colonel", "capt", "captain", "sgt", "sergeant", "adm", "admiral", "brig", "brigadier", "cmdr", "commander", "sen",
        "senator", "rep", "representative", "gov", "governor", "mayor", "dr", "mr", "mrs", "ms", "prof", "professor", "sheikh",
        "imam", "ayatollah", "king", "queen", "prince", "emir", "sultan", "pope", "cardinal", "bishop", "judge", "justice",
        "chief", "deputy", "speaker", "chairman", "chair", "chairwoman", "ambassador", "amb", "envoy", "spokesman",
        "spokeswoman", "spokesperson", "director", "defense", "defence", "foreign", "interior", "state", "affairs", "of",
        "the", "then", "former", "acting", "air", "force", "army", "navy", "marine", "corps", "senior", "top", "u.s", "us",
        "uk", "un", "national", "security", "adviser", "advisor", "head", "leader", "ceo", "founder", "candidate", "nominee",
        "gop", "democratic", "republican", "sec", "staff", "attorney", "hon", "rev", "fr", "st", "finance", "economy", "oil",
        "health", "justice", "trade", "commerce", "energy", "homeland", "treasury", "house", "white", "joint", "chiefs",
        "supreme", "leader", "lt.-gen", "maj.-gen", "lt.-col", "mp", "minority", "majority", "whip", "first", "lady", "then-us",
        "then-u.s", "former", "coordinator", "commissioner", "inspector", "superintendent", "officer", "agent", "press");

    /// <summary>Head words that make a capitalised name an organisation rather than a person.</summary>
    public static readonly FrozenSet<string> OrganisationHeads = Set(
        "ministry", "department", "committee", "commission", "council", "government", "office", "agency", "resistance",
        "movement", "party", "front", "brigades", "brigade", "forces", "force", "army", "hezbollah", "organisation",
        "organization", "group", "coalition", "alliance", "administration", "campaign", "court", "parliament", "assembly",
        "congress", "senate", "house", "pentagon", "kremlin", "bank", "fund", "union", "association", "institute",
        "foundation", "university", "center", "centre", "corporation", "company", "inc", "corp", "bureau", "service",
        "services", "network", "news", "times", "post", "journal", "press", "agency", "guard", "guards", "corps", "mobilization",
        "mobilisation", "framework", "bloc", "budget", "poll", "survey", "embassy", "consulate", "authority", "authorities",
        "state", "states", "nations", "cabinet", "presidency", "police", "fbi", "cia", "nato", "un", "eu", "isis", "hamas",
        "board", "team", "club", "society", "project", "initiative", "watch", "review", "report", "program", "programme");

    /// <summary>Capitalised words that start sentences without being names.</summary>
    public static readonly FrozenSet<string> CapitalisedFunctionWords = Set(
        "the", "a", "an", "but", "and", "or", "in", "on", "at", "as", "for", "of", "to", "by", "with", "from", "after", "before",
        "when", "while", "if", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "there", "here",
        "meanwhile", "however", "moreover", "also", "still", "yet", "so", "then", "since", "during", "according", "despite",
        "although", "though", "because", "last", "next", "speaking", "asked", "amid", "under", "over", "about", "his", "her",
        "their", "its", "our", "my", "your", "some", "many", "most", "several", "two", "three", "one", "another", "other",
        "both", "each", "every", "all", "no", "not", "just", "even", "only", "now", "today", "yesterday", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "mrs", "ms", "dr", "what", "why", "how",
        "who", "where", "which", "instead", "indeed", "still", "already", "earlier", "later", "first", "second", "finally",
        "additionally", "further", "furthermore", "nonetheless", "thus", "hence", "elsewhere", "separately", "similarly",
        "speaking", "read", "see", "click", "clarification", "correction", "note", "editor", "full", "speech", "listen", "perhaps", "maybe", "despite", "without", "unlike", "like", "once", "whether", "sign", "related", "via", "photo", "video", "watch", "breaking", "exclusive", "update");

    /// <summary>Nouns of anonymous or collective sources ("officials", "sources", "a spokesperson").</summary>
    public static readonly FrozenSet<string> SourceNouns = Set(
        "source", "sources", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "negotiator",
        "negotiators", "diplomat", "diplomats", "commander", "commanders", "leader", "leaders", "member", "members", "aide",
        "aides", "adviser", "advisers", "advisor", "advisors", "analyst", "analysts", "expert", "experts", "person", "people",
        "insider", "insiders", "witness", "witnesses", "resident", "residents", "media", "reports", "report", "statement",
        "government", "ministry", "authorities", "officer", "officers", "lawmaker", "lawmakers", "politician", "politicians",
        "representative", "representatives", "observer", "observers", "critic", "critics", "supporter", "supporters",
        "voters", "voter", "poll", "polls", "survey", "study", "campaign", "administration", "activists", "activist", "video",
        "data", "analysis", "research", "records", "documents", "transcript", "footage", "studies", "surveys", "figures",
        "numbers", "results", "review", "investigation", "audit", "filing", "filings", "memo", "email", "emails", "letter", "ad",
        "court", "judge", "panel", "committee", "group", "agency", "department", "company", "spokesman", "aide", "lawyer",
        "attorney", "attorneys", "economist", "economists", "researchers", "scientists", "doctor", "doctors", "candidate", "nominee", "police",
        "protesters", "demonstrators", "parents", "workers", "families", "students", "democrats", "republicans", "conservatives",
        "liberals", "advocates", "opponents", "proponents", "investigators", "prosecutors", "regulators", "historians", "scholars",
        "authors", "editors", "columnists", "pollsters", "strategists", "donors", "executives", "leadership", "majority", "minority",
        "council", "board", "legislature", "parliament", "commission", "union", "party", "bureau", "coalition", "regime", "newspaper",
        "network", "senator", "senators", "governor", "mayor", "president", "lawyers", "judges", "justices", "document", "website",
        "article", "editorial", "column", "book", "averages", "average", "chairman", "chairwoman", "chairmen", "secretary", "minister",
        "ministers", "director", "ambassador", "envoy", "commissioner", "prosecutor", "sheriff", "founder", "chancellor", "premier");

    /// <summary>Nouns naming a document rather than a person: "the statement" is resolved to whoever issued it.</summary>
    public static readonly FrozenSet<string> DocumentNouns = Set("statement", "communique", "communiqué", "letter", "release", "declaration", "announcement");
}
