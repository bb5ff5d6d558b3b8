namespace Chronicle.Core.Events.Text;

/// <summary>
/// The closed word classes the extractors read modality, clause structure and attribution from.
/// Kept together so the README can document them and tests can exercise each class.
/// </summary>
internal static class Cues
{
    /// <summary>Negators: "not", "never", "no" (as in "no withdrawal"), "neither … nor", "without".</summary>
    public static readonly WordSet Negation = WordSet.Of("not", "never", "no", "neither", "nor", "without", "cannot", "n't", "nothing");

    /// <summary>Possibility without commitment: "could see some troops remain" is hypothetical.</summary>
    public static readonly WordSet Hypothetical = WordSet.Of(
        "could", "might", "may", "possibly", "perhaps", "potentially", "potential", "possible", "likely", "unlikely", "hypothetically",
        "consider", "considers", "considering", "considered", "mull", "mulls", "mulling", "weigh", "weighs", "weighing");

    /// <summary>Conditions: the clause is true only if something else is.</summary>
    public static readonly WordSet Conditional = WordSet.Of(
        "if", "unless", "provided", "providing", "lest", "whether", "depend", "depends", "depending", "dependent", "contingent", "conditioned");

    /// <summary>Future and intention: "will meet", "plans to withdraw", "is scheduled to", "upcoming".</summary>
    public static readonly WordSet Planned = WordSet.Of(
        "will", "'ll", "shall", "would", "plan", "plans", "planned", "planning", "intend", "intends", "intended", "intending",
        "scheduled", "expected", "set", "upcoming", "next", "future", "aim", "aims", "aimed", "going", "due", "prepare", "prepares",
        "preparing", "timetable", "timetables", "timeline", "timelines", "schedule", "roadmap", "proposed", "proposal", "pledge",
        "pledged", "pledges", "promise", "promised", "promises", "vow", "vowed", "vows", "commit", "committed", "commits", "ready", "forthcoming",
        "timeframe", "efforts", "effort", "attempt", "attempts", "bid", "deadline", "deadlines", "impending", "imminent", "scheduling",
        "await", "awaits", "awaiting", "awaited");

    /// <summary>Plan nouns mark a plan only when they govern what follows: "a plan to withdraw", "a timetable for", "a timetable is being drawn up".</summary>
    public static readonly WordSet PlanNouns = WordSet.Of("plan", "plans", "timetable", "timetables", "timeline", "timelines", "schedule", "roadmap", "proposal", "set", "deadline", "deadlines");

    public static readonly WordSet PlanNounFollowers = WordSet.Of("to", "for", "is", "was", "being", "would", "will", "under", "that", "determined", "agreed");

    /// <summary>Verbs of prevention: what they keep from happening has not happened ("prevent any attacks").</summary>
    public static readonly WordSet Prevention = WordSet.Of(
        "prevent", "prevents", "prevented", "preventing", "avert", "averts", "averted", "averting", "forestall", "forestalled", "deter", "deters", "deterred");

    /// <summary>Deontic and volitive words: "must be limited", "should leave", "the need to".</summary>
    public static readonly WordSet Demand = WordSet.Of("must", "should", "ought", "need", "needs", "necessity", "required", "requires", "require", "requiring");

    /// <summary>Unconfirmed reports: the event rests on a claim, not on an observation.</summary>
    public static readonly WordSet Reported = WordSet.Of(
        "reportedly", "allegedly", "alleged", "claimed", "claiming", "reports", "rumoured", "rumored",
        "purportedly", "suggesting", "suggest", "suggests", "unconfirmed", "apparently");

    /// <summary>Explicit denials: "denied carrying out the strike".</summary>
    public static readonly WordSet Denial = WordSet.Of("deny", "denies", "denied", "denying", "dismissed", "dismisses", "refuted", "refutes");

    /// <summary>Reporting verbs: they introduce an attribution and mark the speaker.</summary>
    public static readonly WordSet Reporting = WordSet.Of(
        "said", "says", "say", "stated", "states", "told", "tells", "added", "adds", "noted", "notes", "stressed", "stresses",
        "emphasized", "emphasised", "emphasizes", "emphasises", "insisted", "insists", "confirmed", "confirms", "announced", "announces",
        "declared", "declares", "asserted", "asserts", "affirmed", "affirms", "reiterated", "reiterates", "explained", "explains",
        "claimed", "claims", "reported", "reports", "argued", "argues", "warned", "warns", "acknowledged", "acknowledges", "wrote",
        "according", "citing", "quoted", "revealed", "reveals", "indicated", "indicates", "hinted", "maintained", "maintains");

    /// <summary>Words that open a new clause after a comma or on their own.</summary>
    public static readonly WordSet ClauseOpener = WordSet.Of(
        "that", "which", "who", "whom", "whose", "because", "while", "whereas", "although", "though", "but", "if", "unless", "when",
        "after", "before", "since", "until", "as", "with", "and", "yet", "so", "where", "whether", "adding", "saying", "citing",
        "especially", "particularly", "including", "amid", "despite", "following");

    /// <summary>
    /// Subordinators that open a clause even without a comma; "amid" too, whose phrase tells the
    /// circumstances ("talks … amid attacks by X"), not more of the clause's participants.
    /// </summary>
    public static readonly WordSet Subordinator = WordSet.Of("that", "which", "who", "whom", "because", "although", "though", "if", "unless", "whereas", "while", "amid");

    /// <summary>Prepositions after which a name is a location, not a participant.</summary>
    public static readonly WordSet Locative = WordSet.Of("in", "at", "near", "inside", "outside", "across", "around", "from", "within", "throughout");

    /// <summary>Heads that make a capitalised name a place: "Babil province", "Ain al-Asad airbase".</summary>
    public static readonly WordSet PlaceHead = WordSet.Of(
        "province", "governorate", "region", "district", "city", "town", "village", "airbase", "base", "border", "port", "airport",
        "valley", "pass", "crossing", "camp", "county", "state", "capital", "area", "mountains", "river", "strip", "bay", "harbour", "harbor");

    /// <summary>Directional adjectives that may stand between a preposition and a place ("in neighbouring Syria").</summary>
    public static readonly WordSet PlaceAdjective = WordSet.Of(
        "neighboring", "neighbouring", "northern", "southern", "eastern", "western", "central", "northwestern", "northeastern",
        "southwestern", "southeastern", "nearby", "occupied", "the", "a", "an");

    public static readonly WordSet Months = WordSet.Of(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    public static readonly WordSet Weekdays = WordSet.Of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /// <summary>Markers of repetition used as the mode of recurring events ("near-daily attacks").</summary>
    public static readonly WordSet Repeated = WordSet.Of("daily", "near-daily", "repeatedly", "repeated", "regularly", "frequent", "frequently", "weekly", "almost-daily", "relentless", "series");

    public static bool IsNegator(ReadOnlySpan<char> word) =>
        Negation.Contains(word) || word.EndsWith("n't") || word.EndsWith("n\u2019t");
}
