using System.Collections.Frozen;

namespace Chronicle.Core.Attribution;

/// <summary>What a speaker phrase says of the speaker's gender, when it says anything.</summary>
internal enum SpeakerGender
{
    Unknown,
    Male,
    Female,
}

/// <summary>
/// The words that state a gender in a speaker phrase: titles ("Mr.", "Mrs."), gendered nouns ("spokeswoman", "father"),
/// pronouns, and common given names. Used only to keep "he" from referring back to a woman and "she" to a man: a phrase
/// that states nothing leaves the gender unknown, and an unknown gender rules nothing out. Given names that are commonly
/// both (Jordan, Taylor, Alex, Robin, Jean …) are left out on purpose; a name is only read as a first word.
/// </summary>
internal static class GenderCues
{
    /// <summary>The gender stated by one word of a speaker phrase: a title, a gendered noun or a pronoun ("he" for a man, "she" for a woman).</summary>
    public static SpeakerGender OfWord(ReadOnlySpan<char> lowerWord) =>
        MaleWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lowerWord) ? SpeakerGender.Male
        : FemaleWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lowerWord) ? SpeakerGender.Female
        : SpeakerGender.Unknown;

    /// <summary>The gender of a common given name (the first word of a name of two words or more), or unknown.</summary>
    public static SpeakerGender OfGivenName(ReadOnlySpan<char> lowerName) =>
        MaleNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lowerName) ? SpeakerGender.Male
        : FemaleNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lowerName) ? SpeakerGender.Female
        : SpeakerGender.Unknown;

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> MaleWords = Set(
        "mr", "he", "his", "him", "himself", "spokesman", "chairman", "congressman", "businessman", "councilman", "assemblyman",
        "alderman", "statesman", "father", "husband", "son", "brother", "uncle", "nephew", "grandfather", "king", "prince", "sir",
        "lord", "emir", "sheikh", "boy", "man", "gentleman", "widower", "stepfather", "godfather", "monk", "priest");

    private static readonly FrozenSet<string> FemaleWords = Set(
        "mrs", "ms", "miss", "madam", "madame", "she", "her", "hers", "herself", "spokeswoman", "chairwoman", "congresswoman",
        "businesswoman", "councilwoman", "assemblywoman", "stateswoman", "mother", "wife", "daughter", "sister", "aunt", "niece",
        "grandmother", "queen", "princess", "lady", "dame", "girl", "woman", "widow", "stepmother", "godmother", "nun", "actress");

    private static readonly FrozenSet<string> MaleNames = Set(
        "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles", "christopher", "daniel",
        "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua", "kenneth", "kevin", "brian", "george",
        "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen",
        "larry", "justin", "scott", "brandon", "benjamin", "samuel", "gregory", "frank", "alexander", "raymond", "patrick", "jack",
        "dennis", "jerry", "tyler", "aaron", "jose", "adam", "henry", "nathan", "douglas", "zachary", "peter", "kyle",
        "walter", "ethan", "jeremy", "harold", "keith", "christian", "roger", "noah", "gerald", "carl", "terry", "sean",
        "arthur", "lawrence", "jesse", "dylan", "bryan", "joe", "billy", "bruce", "albert", "willie", "gabriel", "logan",
        "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene", "vincent", "russell", "louis", "philip", "bobby",
        "johnny", "bradley", "barack", "bernie", "mitch", "mike", "bill", "jim", "tom", "bob", "ted", "chuck",
        "newt", "rudy", "rand", "marco", "jeb", "tim", "lloyd", "antony", "mohammed", "muhammad", "mohammad", "ahmed",
        "ahmad", "ali", "hassan", "hussein", "ibrahim", "omar", "khalid", "abdul", "abdullah", "mustafa", "mahmoud", "yusuf",
        "youssef", "hamid", "haidar", "haider", "qais", "nouri", "recep", "vladimir", "sergei", "xi", "emmanuel", "olaf",
        "boris", "binyamin", "yoav", "ismail", "hamza", "tariq", "faisal");

    private static readonly FrozenSet<string> FemaleNames = Set(
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "nancy", "lisa",
        "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "dorothy", "carol", "amanda", "melissa",
        "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "shirley", "angela", "helen", "anna",
        "brenda", "pamela", "nicole", "emma", "samantha", "katherine", "christine", "debra", "rachel", "catherine", "carolyn", "janet",
        "ruth", "maria", "heather", "diane", "virginia", "julie", "joyce", "victoria", "olivia", "christina", "lauren", "joan",
        "evelyn", "judith", "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline", "frances", "gloria", "ann", "anne",
        "teresa", "kathryn", "sara", "janice", "julia", "alice", "judy", "beverly", "denise", "marilyn", "amber", "danielle",
        "brittany", "diana", "abigail", "natalie", "sophia", "hillary", "melania", "ivanka", "nikki", "kamala", "dianne", "claire",
        "loretta", "condoleezza", "madeleine", "michele", "sonia", "fatima", "aisha", "maryam", "zainab", "layla", "leila", "noor",
        "huda", "samira", "yasmin", "theresa", "ursula", "giorgia", "golda", "benazir", "indira", "kathy", "melanie",
        "jill", "stacey", "debbie");
}
