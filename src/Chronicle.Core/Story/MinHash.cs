namespace Chronicle.Core.Story;

/// <summary>
/// MinHash signatures over word 5-gram shingles, to find syndicated copies (one text republished by
/// several sites, with different boilerplate or small edits) without comparing every pair of articles:
/// <see cref="BandKeys"/> gives locality-sensitive buckets, so a new article is compared only with the
/// articles that share a bucket.
/// </summary>
public static class MinHash
{
    public const int Size = 64;
    private const int Bands = 16;
    private const int Rows = Size / Bands;
    private const int ShingleWords = 5;

    // Fixed odd multipliers and offsets: signatures must be identical across runs and machines.
    private static readonly ulong[] Multipliers = [.. Enumerable.Range(0, Size).Select(i => (Mix((ulong)i * 0x9E3779B97F4A7C15UL + 1) | 1UL))];
    private static readonly ulong[] Offsets = [.. Enumerable.Range(0, Size).Select(i => Mix((ulong)i + 0xD1B54A32D192ED03UL))];

    public static ulong[] Signature(string text)
    {
        var signature = new ulong[Size];
        Array.Fill(signature, ulong.MaxValue);
        var words = WordHashes(text);
        if (words.Count < ShingleWords)
        {
            Update(signature, Combine(words, 0, words.Count));
            return signature;
        }

        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            Update(signature, Combine(words, i, ShingleWords));
        }

        return signature;
    }

    /// <summary>Estimated Jaccard similarity of the two shingle sets.</summary>
    public static double Similarity(ulong[] a, ulong[] b)
    {
        var same = 0;
        for (var i = 0; i < Size; i++)
        {
            if (a[i] == b[i])
            {
                same++;
            }
        }

        return same / (double)Size;
    }

    public static IEnumerable<string> BandKeys(ulong[] signature)
    {
        for (var band = 0; band < Bands; band++)
        {
            var h = 14695981039346656037UL;
            for (var r = 0; r < Rows; r++)
            {
                h = (h ^ signature[(band * Rows) + r]) * 1099511628211UL;
            }

            yield return FormattableString.Invariant($"{band}:{h:x16}");
        }
    }

    private static void Update(ulong[] signature, ulong shingle)
    {
        for (var i = 0; i < Size; i++)
        {
            var h = Mix((shingle * Multipliers[i]) + Offsets[i]);
            if (h < signature[i])
            {
                signature[i] = h;
            }
        }
    }

    private static List<ulong> WordHashes(string text)
    {
        var hashes = new List<ulong>(text.Length / 6);
        var h = 14695981039346656037UL;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                h = (h ^ char.ToLowerInvariant(c)) * 1099511628211UL;
                inWord = true;
            }
            else if (inWord)
            {
                hashes.Add(h);
                h = 14695981039346656037UL;
                inWord = false;
            }
        }

        if (inWord)
        {
            hashes.Add(h);
        }

        return hashes;
    }

    private static ulong Combine(List<ulong> words, int start, int count)
    {
        var h = 0xCBF29CE484222325UL;
        for (var i = start; i < start + count; i++)
        {
            h = Mix(h ^ words[i]);
        }

        return h;
    }

    private static ulong Mix(ulong x)
    {
        // SplitMix64 finaliser: spreads every input bit over the output.
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
