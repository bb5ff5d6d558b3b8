namespace Chronicle.Core.Events.Lexicon;

/// <summary>Regular English inflection for the trigger table; irregular forms are listed in the table.</summary>
internal static class Inflection
{
    public static IEnumerable<string> Verb(string b)
    {
        yield return b;
        yield return ThirdPerson(b);
        yield return b.EndsWith('e') ? b + "d" : ConsonantY(b) ? b[..^1] + "ied" : b + "ed";
        yield return b.EndsWith("ie", StringComparison.Ordinal) ? b[..^2] + "ying"
            : b.EndsWith('e') && !b.EndsWith("ee", StringComparison.Ordinal) && !b.EndsWith("ye", StringComparison.Ordinal) ? b[..^1] + "ing"
            : b + "ing";
    }

    public static IEnumerable<string> Noun(string b)
    {
        yield return b;
        yield return ThirdPerson(b);
    }

    private static string ThirdPerson(string b) =>
        b.EndsWith('s') || b.EndsWith('x') || b.EndsWith('z') || b.EndsWith("ch", StringComparison.Ordinal) || b.EndsWith("sh", StringComparison.Ordinal) ? b + "es"
        : ConsonantY(b) ? b[..^1] + "ies"
        : b + "s";

    private static bool ConsonantY(string b) => b.Length > 1 && b[^1] == 'y' && "aeiou".IndexOf(b[^2], StringComparison.Ordinal) < 0;
}
