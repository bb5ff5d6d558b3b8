namespace Chronicle.Core.Actors.Text;

/// <summary>
/// The two keys a name piece is looked up by.
/// <para><b>Exact key</b>: lowercase ASCII with diacritics folded and apostrophes and acronym dots dropped
/// ("Kata’ib" → "kataib", "U.S." → "us", "Erdoğan" → "erdogan").</para>
/// <para><b>Transliteration key</b> (<see cref="Transliterate"/>): the exact key with the spelling choices
/// of Arabic and Persian romanisation folded together, so that variants of one name meet:
/// "gh" → "q" (Ghaani/Qaani), "dh" → "z" (Kadhimi/Kazimi), "ph" → "f", "ou"/"oo" → "u", "ee" → "i",
/// "aa" → "a", a final "y" after a consonant → "i" (Amery/Amiri), the diphthongs "ai"/"ae"/"ay"/"ei"/"ey" → "i" (Kataib/Kataeb, Hussein/Husain/Husayn),
/// then "e" → "i" and "o" → "u" (Kadhemi/Kadhimi, Soleimani/Suleimani, Ameri/Amiri), then doubled
/// letters single (Qassem/Qasim, Allawi/Alawi). Rules are ordered: digraphs first, then vowels, then
/// doubles. Different names can collide ("Hassan"/"Hasan" do, rightly; "Hussein"/"Hassan" do not).</para>
/// </summary>
public static class NameKey
{
    /// <summary>Writes the exact key of <paramref name="piece"/> into <paramref name="into"/>; returns its length.</summary>
    public static int Exact(ReadOnlySpan<char> piece, Span<char> into)
    {
        var n = 0;
        foreach (var c in piece)
        {
            var f = CharFolding.Fold(c);
            if (f != '\0' && n < into.Length)
            {
                into[n++] = f;
            }
        }

        return n;
    }

    public static string Exact(ReadOnlySpan<char> piece)
    {
        Span<char> buffer = stackalloc char[Math.Min(piece.Length, 256)];
        return new string(buffer[..Exact(piece, buffer)]);
    }

    /// <summary>Folds an exact key (lowercase ASCII) to its transliteration key; returns its length.</summary>
    public static int Transliterate(ReadOnlySpan<char> key, Span<char> into)
    {
        // Pass 1: digraphs and vowel clusters, left to right.
        Span<char> tmp = stackalloc char[Math.Min(key.Length, 256)];
        var t = 0;
        for (var i = 0; i < key.Length && t < tmp.Length; i++)
        {
            var c = key[i];
            var next = i + 1 < key.Length ? key[i + 1] : '\0';
            switch (c, next)
            {
                case ('g', 'h'): tmp[t++] = 'q'; i++; break;
                case ('d', 'h'): tmp[t++] = 'z'; i++; break;
                case ('p', 'h'): tmp[t++] = 'f'; i++; break;
                case ('o', 'u') or ('o', 'o'): tmp[t++] = 'u'; i++; break;
                case ('e', 'e'): tmp[t++] = 'i'; i++; break;
                case ('a', 'a'): tmp[t++] = 'a'; i++; break;
                case ('a', 'i') or ('a', 'e') or ('a', 'y') or ('e', 'i') or ('e', 'y'):
                    // "y" before a vowel is a consonant ("Sayyid"): only fold the diphthong before a consonant or the end.
                    if (next == 'y' && i + 2 < key.Length && IsVowel(key[i + 2]))
                    {
                        tmp[t++] = c;
                    }
                    else
                    {
                        tmp[t++] = 'i';
                        i++;
                    }

                    break;
                case ('e', _): tmp[t++] = 'i'; break;
                case ('y', '\0') when i > 0 && !IsVowel(key[i - 1]): tmp[t++] = 'i'; break;
                case ('o', _): tmp[t++] = 'u'; break;
                default: tmp[t++] = c; break;
            }
        }

        // Pass 2: doubled letters single.
        var n = 0;
        for (var i = 0; i < t && n < into.Length; i++)
        {
            if (n > 0 && into[n - 1] == tmp[i])
            {
                continue;
            }

            into[n++] = tmp[i];
        }

        return n;
    }

    public static string Transliterate(string exactKey)
    {
        Span<char> buffer = stackalloc char[Math.Min(exactKey.Length, 256)];
        return new string(buffer[..Transliterate(exactKey, buffer)]);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
