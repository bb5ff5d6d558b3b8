using System.Collections.Frozen;

namespace Chronicle.Core.Attribution;

/// <summary>What kind of attribution a cue verb introduces.</summary>
public enum CueKind
{
    /// <summary>Speech and writing: "said", "told", "warned", "denied", "wrote".</summary>
    Speech,

    /// <summary>States of mind: "believes", "wants", "fears", "hopes" (attributions too, as in PARC and PolNeAR).</summary>
    Mind,

    /// <summary>Reports and findings of documents, polls and studies: "reported", "shows", "found".</summary>
    Report,

    /// <summary>
    /// Public acts that state a stance on their object: "imposed sanctions", "vetoed the bill", "unleashed a
    /// flurry of tweets" (PolNeAR counts them as attributions). Only with the source before the verb.
    /// </summary>
    Action,
}

/// <summary>
/// The cue words: reporting verbs (speech, state of mind, report) with every inflected form, and the
/// phrasal cues. This list is the data of the stage: add a verb here and every frame (X said that …,
/// "…," X said, according to X) picks it up. Written from general knowledge of English reporting verbs
/// (PARC/PolNeAR-style), not from any one article.
/// </summary>
public static class CueLexicon
{
    /// <summary>Speech verbs (lemma; regular inflection unless listed in <see cref="Irregular"/>).</summary>
    public static readonly string[] SpeechVerbs =
    [
        "say", "tell", "convince", "persuade", "identify", "add", "note", "state", "stress", "warn", "confirm", "deny", "announce", "claim", "explain", "insist",
        "argue", "assert", "declare", "emphasize", "emphasise", "acknowledge", "admit", "reiterate", "repeat", "reaffirm",
        "affirm", "maintain", "suggest", "predict", "promise", "pledge", "vow", "threaten", "urge", "demand", "ask", "reply",
        "respond", "answer", "write", "tweet", "reveal", "disclose", "indicate", "mention", "comment", "observe", "concede",
        "contend", "allege", "accuse", "charge", "criticize", "criticise", "blast", "praise", "recall", "describe", "hint",
        "tout", "complain", "lament", "boast", "joke", "quip", "conclude", "cite", "quote", "recount", "testify", "underline",
        "underscore", "highlight", "counter", "retort", "scoff", "plead", "propose", "recommend", "advise", "caution", "agree",
        "disagree", "dispute", "reject", "dismiss", "question", "wonder", "speculate", "proclaim", "inform", "assure", "remark",
        "clarify", "specify", "elaborate", "estimate", "forecast", "call", "echo", "mock", "slam", "decry", "condemn", "denounce",
        "applaud", "welcome", "concur", "chant", "shout", "yell", "whisper", "announce", "brag", "assure", "opine", "pronounce",
        "express", "signal", "signify", "imply", "stipulate", "swear", "vouch", "assess", "acknowledge", "lament",
        "decline", "refuse", "request", "appeal", "demand", "implore", "beg", "encourage", "defend", "explain", "detail",
        "outline", "talk", "speak", "discuss", "endorse", "back", "challenge", "blame", "champion", "promote", "pitch", "unveil",
        "offer", "rate", "label", "dub", "brand", "liken", "compare", "characterize", "characterise", "portray", "depict", "dismiss",
        "downplay", "lobby", "chide", "rebuke", "scold", "lambast", "ridicule", "taunt", "needle", "attack", "push", "press",
        "muse", "ponder", "grumble", "gripe", "fume", "rail", "insinuate", "contend", "tease", "hail", "laud", "commend", "thank",
        "apologize", "apologise", "confess", "reassure", "vent", "weigh", "acknowledge", "recommend", "sign", "pray",
        "grill", "chastise", "assail", "berate", "fault", "deride", "disparage", "belittle", "castigate", "excoriate", "invoke",
        "advocate", "rebut", "refute", "repudiate", "renounce", "retract", "recant", "contradict", "lecture", "preach", "whine",
        "query", "mull", "summarize", "summarise", "reassert", "confide", "divulge", "broach", "attest", "scorn", "sneer", "snipe",
        "continue", "insult", "shame", "hype", "lash", "point", "refer", "reference", "bemoan", "rip", "hammer", "bash", "torch",
        "skewer", "trash", "roast", "lampoon", "read", "exhort", "compliment", "articulate", "recite", "extol", "concoct", "confront", "understate", "paint",
        "pooh-pooh", "propound", "debate", "sing", "flout", "marvel",
    ];

    /// <summary>
    /// Verbs of stance whose object alone is the content, even a bare name: "endorsed Clinton", "attacked Machado",
    /// "admires Putin". Other verbs need a clause or a phrase of two words or more.
    /// </summary>
    public static readonly FrozenSet<string> ObjectVerbs = new[]
    {
        "endorse", "back", "support", "oppose", "favor", "favour", "attack", "criticize", "criticise", "praise", "blame", "thank",
        "slam", "blast", "defend", "accuse", "mock", "admire", "love", "hate", "resent", "dislike", "distrust", "embrace", "welcome",
        "condemn", "denounce", "applaud", "hail", "laud", "commend", "ridicule", "taunt", "chide", "rebuke", "scold", "lambast",
        "grill", "chastise", "assail", "berate", "fault", "deride", "disparage", "belittle", "castigate", "excoriate", "insult",
        "shame", "champion", "challenge", "reject", "dismiss", "question", "despise", "loathe", "detest", "adore", "cherish", "mistrust",
        "respect", "prefer", "rip", "hammer", "bash", "torch", "skewer", "trash", "roast", "lampoon",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs of judgement that report an attitude only with "for": "attacked Clinton for …", "praised him for …".</summary>
    public static readonly FrozenSet<string> NeedsFor = new[]
    {
        "blame", "thank", "push", "press", "back", "sign", "pray", "weigh",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Nouns that carry an attribution of their own ("questions about …", "criticism of …", "calls for …"):
    /// the content is what follows the preposition; the source, when stated, is a possessive or the
    /// subject of "raised/expressed/voiced".
    /// </summary>
    public static readonly FrozenSet<string> NominalCues = new[]
    {
        "questions", "question", "concerns", "concern", "worries", "worry", "fears", "fear", "criticism", "criticisms", "claims",
        "claim", "allegations", "allegation", "accusations", "accusation", "calls", "call", "demands", "demand", "doubts", "doubt",
        "warnings", "warning", "complaints", "complaint", "hopes", "hope", "promise", "promises", "pledge", "pledges", "assertion",
        "assertions", "argument", "arguments", "suggestion", "suggestions", "belief", "beliefs", "praise", "support", "opposition",
        "insistence", "denial", "denials", "admission", "acknowledgment", "acknowledgement", "rhetoric", "remarks", "comments",
        "statement", "statements", "message", "speculation", "talk", "expectations", "expectation", "predictions", "prediction",
        "views", "view", "assurances", "assurance", "threats", "threat", "vow", "vows", "announcement", "reports", "report",
        "determination", "decision", "insistence", "frustration", "anger", "outrage", "skepticism", "scepticism", "confidence",
        "reluctance", "desire", "wish", "plea", "pleas", "request", "requests", "proposal", "proposals", "endorsement",
        "plan", "plans", "announcement", "emphasis", "conclusion", "conclusions", "eagerness", "refusal", "willingness", "unwillingness",
        "pronouncement", "pronouncements", "assessment", "observation", "contention", "stance", "theory", "bet", "commitment", "push",
        "rejection", "condemnation", "critique", "endorsements", "recommendation", "recommendations", "testimony", "explanation",
        "characterization", "confirmation", "finding", "findings", "verdict", "projection", "projections", "insinuation", "ultimatum",
        "objection", "objections", "disagreement", "disagreements", "distrust", "mistrust", "disdain", "admiration",
        "obsession", "fixation", "affection", "hostility", "enthusiasm", "adulation", "attacks", "attack", "illusions", "reservations",
        "misgivings", "qualms", "suspicions", "grievances", "suspicion", "agreement", "agreements", "definition", "ire", "impetus", "ideas", "idea",
        "commitments", "interest", "faith", "speech", "speeches", "comment",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns naming a person by a stance on something: "supporters of the bill", "a critic of the deal"; the noun phrase is the source.</summary>
    public static readonly FrozenSet<string> AgentNouns = new[]
    {
        "supporters", "supporter", "opponents", "opponent", "critics", "critic", "defenders", "defender", "advocates", "advocate", "proponents",
        "proponent", "champion", "champions", "backers", "backer", "foes", "foe", "admirers", "admirer", "fans", "fan",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns whose stance takes "in" or "with" rather than the usual prepositions: "interest in", "obsession with".</summary>
    public static readonly FrozenDictionary<string, string> OtherNominalPrepositions = new Dictionary<string, string>
    {
        ["interest"] = "in", ["faith"] = "in", ["confidence"] = "in", ["belief"] = "in", ["obsession"] = "with", ["fixation"] = "with",
        ["frustration"] = "with", ["disagreement"] = "with", ["disagreements"] = "with",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Prepositions that open a nominal cue's content.</summary>
    public static readonly FrozenSet<string> NominalPrepositions = new[]
    {
        "about", "of", "over", "that", "on", "against", "for", "to", "whether",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>States of mind and intention.</summary>
    public static readonly string[] MindVerbs =
    [
        "believe", "think", "feel", "fear", "hope", "want", "expect", "worry", "doubt", "know", "understand", "suspect", "assume", "fathom", "like",
        "wish", "intend", "plan", "consider", "reckon", "figure", "imagine", "realize", "realise", "recognize", "recognise",
        "prefer", "seek", "aim", "anticipate", "agree", "trust", "regret", "suppose", "guess", "see", "view", "favor", "favour",
        "oppose", "support", "love", "hate", "admire", "resent", "dislike", "distrust", "appreciate", "enjoy", "envy", "decide", "vote",
        "choose", "learn", "discover", "notice", "remember", "forget", "sense", "perceive", "deem", "dream", "embrace", "desire",
        "hear", "despise", "loathe", "detest", "adore", "cherish", "mistrust", "respect", "regard", "judge",
    ];

    /// <summary>What documents, polls, studies and outlets do.</summary>
    public static readonly string[] ReportVerbs =
    [
        "report", "show", "find", "suggest", "indicate", "reveal", "estimate", "conclude", "document", "state", "cite", "rule",
    ];

    /// <summary>
    /// Public acts of political, legal and media actors that take a stance on their object (<see cref="CueKind.Action"/>):
    /// measures ("impose", "veto", "repeal"), proceedings ("investigate", "sue"), publications ("publish", "release").
    /// </summary>
    public static readonly string[] ActionVerbs =
    [
        "impose", "approve", "unleash", "propose", "introduce", "veto", "block", "investigate", "probe", "publish", "release", "sue",
        "appoint", "nominate", "repeal", "enact", "overturn", "overrule", "launch", "sponsor", "target", "pressure", "adopt", "ban",
        "sanction", "ignore", "resist", "examine", "scrutinize", "scrutinise", "explore", "chronicle", "retweet", "link", "accept",
        "flout", "perpetuate", "unearth", "expose", "grant", "lift",
    ];

    /// <summary>
    /// Phrasal verbs of stance and attack, cues only with their whole tail ("doubled down on", "went after",
    /// "took aim at"): the verb alone means something else. The content is the object after the tail.
    /// </summary>
    public static readonly FrozenDictionary<string, string[]> Phrasal = new Dictionary<string, string[]>
    {
        ["double"] = ["down on"], ["seize"] = ["on", "upon"], ["go"] = ["after"], ["lash"] = ["out at", "out against"],
        ["take"] = ["aim at", "issue with", "a swipe at", "a shot at", "a jab at", "a dig at", "offense at", "offence at", "umbrage at", "exception to", "note of"], ["hit"] = ["back at", "out at"],
        ["weigh"] = ["in on", "in about", "in with"], ["speak"] = ["out against", "out on", "out about", "out for"], ["push"] = ["back on", "back against"],
        ["crack"] = ["down on"], ["sign"] = ["off on"], ["back"] = ["away from", "off from", "off"], ["side"] = ["with"], ["rail"] = ["against"],
        ["cast"] = ["doubt on"], ["pile"] = ["on"], ["zero"] = ["in on"], ["pour"] = ["cold water on"], ["rally"] = ["behind", "around"],
        ["throw"] = ["support behind", "his support behind", "her support behind", "its support behind", "their support behind"],
        ["come"] = ["out against", "out for", "out in favor of", "out in favour of", "out in support of", "to the defense of", "to the defence of"],
        ["turn"] = ["against"], ["stand"] = ["by", "behind"], ["jump"] = ["on"], ["pounce"] = ["on"], ["harp"] = ["on"],
        ["bristle"] = ["at"], ["balk"] = ["at"], ["chafe"] = ["at", "under"], ["bridle"] = ["at"], ["recoil"] = ["at", "from"],
        ["seethe"] = ["at", "over", "about"], ["lean"] = ["toward", "towards"], ["stop"] = ["short of"], ["steer"] = ["clear of"],
        ["shy"] = ["away from"], ["break"] = ["with", "ranks with"], ["part"] = ["ways with"], ["make"] = ["the case for", "the case against", "a case for", "a case against", "it clear", "clear", "no secret of", "little secret of", "the case"],
        ["leave"] = ["little doubt", "no doubt"], ["fire"] = ["back at"], ["sum"] = ["up"], ["cry"] = ["out for", "out against"],
        ["spar"] = ["over", "with"], ["rejoice"] = ["in", "over", "at"], ["despair"] = ["over", "of"], ["vote"] = ["against", "for"], ["decide"] = ["against"], ["respond"] = ["by"], ["use"] = ["the phrase", "the term", "the word", "the words", "the expression", "the slur", "the label"], ["care"] = ["about", "more about", "deeply about"], ["swipe"] = ["at"], ["lay"] = ["out"], ["open"] = ["up about"], ["sound"] = ["off on", "off about", "the alarm about", "the alarm on"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether a lowercase word form can start a cue at all (a reporting verb or the verb of a phrasal cue).</summary>
    public static bool IsCandidate(ReadOnlySpan<char> lowerWord) => Candidates.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lowerWord);

    /// <summary>The lemma of a phrasal cue's verb form ("went" → go), or false.</summary>
    /// <summary>The words of each phrasal tail, split once ("down on" → ["down", "on"]) for the per-token matcher.</summary>
    public static readonly FrozenDictionary<string, string[][]> PhrasalTailWords = Phrasal
        .ToFrozenDictionary(e => e.Key, e => e.Value.Select(t => t.Split(' ')).ToArray(), StringComparer.Ordinal);

    public static bool TryGetPhrasal(ReadOnlySpan<char> lowerWord, out string lemma) =>
        PhrasalForms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lowerWord, out lemma!);

    /// <summary>Irregular forms: lemma → (3rd person, past, past participle, -ing).</summary>
    public static readonly FrozenDictionary<string, string[]> Irregular = new Dictionary<string, string[]>
    {
        ["say"] = ["says", "said", "said", "saying"],
        ["tell"] = ["tells", "told", "told", "telling"],
        ["write"] = ["writes", "wrote", "written", "writing"],
        ["think"] = ["thinks", "thought", "thought", "thinking"],
        ["feel"] = ["feels", "felt", "felt", "feeling"],
        ["know"] = ["knows", "knew", "known", "knowing"],
        ["understand"] = ["understands", "understood", "understood", "understanding"],
        ["find"] = ["finds", "found", "found", "finding"],
        ["see"] = ["sees", "saw", "seen", "seeing"],
        ["seek"] = ["seeks", "sought", "sought", "seeking"],
        ["swear"] = ["swears", "swore", "sworn", "swearing"],
        ["show"] = ["shows", "showed", "shown", "showing"],
        ["quip"] = ["quips", "quipped", "quipped", "quipping"],
        ["plan"] = ["plans", "planned", "planned", "planning"],
        ["brag"] = ["brags", "bragged", "bragged", "bragging"],
        ["plead"] = ["pleads", "pleaded", "pleaded", "pleading"],
        ["beg"] = ["begs", "begged", "begged", "begging"],
        ["slam"] = ["slams", "slammed", "slammed", "slamming"],
        ["speak"] = ["speaks", "spoke", "spoken", "speaking"],
        ["dub"] = ["dubs", "dubbed", "dubbed", "dubbing"],
        ["chide"] = ["chides", "chided", "chided", "chiding"],
        ["rebuke"] = ["rebukes", "rebuked", "rebuked", "rebuking"],
        ["admit"] = ["admits", "admitted", "admitted", "admitting"],
        ["regret"] = ["regrets", "regretted", "regretted", "regretting"],
        ["imply"] = ["implies", "implied", "implied", "implying"],
        ["deny"] = ["denies", "denied", "denied", "denying"],
        ["concur"] = ["concurs", "concurred", "concurring"],
        ["sing"] = ["sings", "sang", "sung", "singing"],
        ["prefer"] = ["prefers", "preferred", "preferring"],
        ["rebut"] = ["rebuts", "rebutted", "rebutting"],
        ["label"] = ["labels", "labeled", "labelled", "labeling", "labelling"],
        ["signal"] = ["signals", "signaled", "signalled", "signaling", "signalling"],
        ["reply"] = ["replies", "replied", "replied", "replying"],
        ["testify"] = ["testifies", "testified", "testified", "testifying"],
        ["clarify"] = ["clarifies", "clarified", "clarified", "clarifying"],
        ["specify"] = ["specifies", "specified", "specified", "specifying"],
        ["signify"] = ["signifies", "signified", "signified", "signifying"],
        ["decry"] = ["decries", "decried", "decried", "decrying"],
        ["worry"] = ["worries", "worried", "worried", "worrying"],
        ["vouch"] = ["vouches", "vouched", "vouched", "vouching"],
        ["choose"] = ["chooses", "chose", "chosen", "choosing"],
        ["forget"] = ["forgets", "forgot", "forgotten", "forgetting"],
        ["learn"] = ["learns", "learned", "learned", "learning"],
        ["snipe"] = ["snipes", "sniped", "sniped", "sniping"],
        ["hear"] = ["hears", "heard", "heard", "hearing"],
        ["refer"] = ["refers", "referred", "referred", "referring"],
        ["veto"] = ["vetoes", "vetoed", "vetoed", "vetoing"],
        ["go"] = ["goes", "went", "gone", "going"],
        ["take"] = ["takes", "took", "taken", "taking"],
        ["hit"] = ["hits", "hit", "hit", "hitting"],
        ["throw"] = ["throws", "threw", "thrown", "throwing"],
        ["come"] = ["comes", "came", "come", "coming"],
        ["stand"] = ["stands", "stood", "stood", "standing"],
        ["cast"] = ["casts", "cast", "cast", "casting"],
        ["zero"] = ["zeroes", "zeroed", "zeroed", "zeroing"],
        ["rally"] = ["rallies", "rallied", "rallied", "rallying"],
        ["lay"] = ["lays", "laid", "laid", "laying"],
        ["harp"] = ["harps", "harped", "harped", "harping"],
        ["rip"] = ["rips", "ripped", "ripped", "ripping"],
        ["read"] = ["reads", "read", "read", "reading"],
        ["stop"] = ["stops", "stopped", "stopped", "stopping"],
        ["make"] = ["makes", "made", "made", "making"],
        ["shy"] = ["shies", "shied", "shied", "shying"],
        ["break"] = ["breaks", "broke", "broken", "breaking"],
        ["ban"] = ["bans", "banned", "banned", "banning"],
        ["leave"] = ["leaves", "left", "left", "leaving"],
        ["sum"] = ["sums", "summed", "summed", "summing"],
        ["spar"] = ["spars", "sparred", "sparred", "sparring"],
        ["cry"] = ["cries", "cried", "cried", "crying"],
        ["extol"] = ["extols", "extolled", "extolled", "extolling"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Verbs that are cues only with their particle ("call for", "call on", "point out"): alone they
    /// name things ("a group called …") or mean something else.
    /// </summary>
    public static readonly FrozenDictionary<string, string[]> NeedsParticle = new Dictionary<string, string[]>
    {
        ["call"] = ["for", "on", "upon", "out"],
        ["point"] = ["out", "to"],
        ["refer"] = ["to"],
        ["see"] = ["as", "it"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Forms that are also common nouns ("reports", "fears", "plans", "claims"): cues only after a
    /// subject that can speak (a pronoun, a name, a source noun) and before a complement.
    /// </summary>
    public static readonly FrozenSet<string> NounLike = new[]
    {
        "stress", "fear", "fears", "hope", "hopes", "report", "reports", "remark", "remarks", "question", "questions", "tweet", "tweets",
        "worry", "worries", "pledge", "pledges", "document", "documents", "plan", "plans", "call", "calls", "claim", "claims", "demand",
        "demands", "state", "states", "estimate", "estimates", "forecast", "forecasts", "promise", "promises", "comment", "comments",
        "answer", "answers", "request", "requests", "charge", "charges", "quote", "quotes", "view", "views", "support", "doubt",
        "doubts", "wish", "wishes", "aim", "aims", "signal", "signals", "brief", "figure", "figures", "guess", "trust", "regret",
        "show", "shows", "find", "finds", "dispute", "disputes", "reply", "replies", "counter", "praise", "echo", "echoes", "detail",
        "details", "outline", "outlines", "appeal", "appeals", "vow", "vows", "note", "notes", "cite", "observe", "need", "want",
        "wants", "concern", "concerns", "favor", "favour", "threat", "warning", "denial", "comment", "reckon", "joke", "jokes",
        "boast", "boasts", "plea", "pleas", "criticism", "mock", "insist", "consider", "see", "sees", "know", "knows", "think",
        "rate", "rates", "rule", "rules", "back", "backs", "challenge", "challenges", "talk", "talks", "offer", "offers", "push",
        "pushes", "pitch", "pitches", "label", "labels", "brand", "brands", "sign", "signs", "reporting", "release", "releases",
        "list", "lists", "post", "posts", "press", "attack", "attacks", "blame", "thanks", "hail", "rail", "vent", "weigh", "muse",
        "love", "hate", "envy", "dream", "dreams", "desire", "desires", "sense", "insult", "insults", "shame", "lecture", "lectures",
        "query", "queries", "advocate", "advocates", "reference", "references", "point", "points", "fault", "faults", "scorn", "continue", "learning", "notice", "embrace", "grill",
        "release", "releases", "block", "blocks", "veto", "vetoes", "probe", "probes", "target", "targets", "pressure", "ban", "bans", "sanction",
        "sanctions", "link", "links", "launch", "launches", "respect", "respects", "hammer", "trash", "roast", "torch", "judge", "judges",
        "debate", "debates",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, (string Lemma, CueKind Kind)> Forms = BuildForms();

    // After Irregular: static fields are initialised in the order they are written.
    private static readonly FrozenDictionary<string, string> PhrasalForms = Phrasal.Keys
        .SelectMany(lemma => Inflect(lemma).Select(form => (form, lemma)))
        .DistinctBy(x => x.form)
        .ToFrozenDictionary(x => x.form, x => x.lemma, StringComparer.Ordinal);

    private static readonly FrozenSet<string> Candidates = Forms.Keys.Concat(PhrasalForms.Keys).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The lemma and kind of a cue word form ("warned" → warn, Speech), or false.</summary>
    public static bool TryGet(ReadOnlySpan<char> lowerWord, out string lemma, out CueKind kind)
    {
        if (Forms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lowerWord, out var hit))
        {
            (lemma, kind) = hit;
            return true;
        }

        lemma = "";
        kind = default;
        return false;
    }

    /// <summary>All inflected forms of a lemma: base, 3rd person, past, participle, -ing.</summary>
    public static IEnumerable<string> Inflect(string lemma)
    {
        yield return lemma;
        if (Irregular.TryGetValue(lemma, out var irregular))
        {
            foreach (var f in irregular)
            {
                yield return f;
            }

            yield break;
        }

        if (lemma.Length > 2 && lemma[^1] == 'y' && "aeiou".IndexOf(lemma[^2]) < 0)
        {
            yield return lemma[..^1] + "ies"; // "identify": identifies, identified, identifying
            yield return lemma[..^1] + "ied";
            yield return lemma + "ing";
            yield break;
        }

        var stem = lemma.EndsWith('e') ? lemma[..^1] : lemma;
        yield return lemma.EndsWith('s') || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith('x')
            ? lemma + "es"
            : lemma + "s";
        yield return lemma.EndsWith('e') ? lemma + "d" : lemma + "ed";
        yield return stem + "ing";
    }

    private static FrozenDictionary<string, (string, CueKind)> BuildForms()
    {
        var forms = new Dictionary<string, (string, CueKind)>(StringComparer.Ordinal);
        // Later lists never override earlier ones: a verb that is both speech and report stays speech.
        foreach (var (list, kind) in new[] { (SpeechVerbs, CueKind.Speech), (MindVerbs, CueKind.Mind), (ReportVerbs, CueKind.Report), (ActionVerbs, CueKind.Action) })
        {
            foreach (var lemma in list)
            {
                foreach (var form in Inflect(lemma))
                {
                    forms.TryAdd(form, (lemma, kind));
                }
            }
        }

        return forms.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
