using Chronicle.Core.Actors.Catalog;

namespace Chronicle.Core.Actors.Index;

/// <summary>
/// Whether two unknown names are one actor: the same transliteration key ("Hadi al-Amiri" / "Hadi
/// al-Ameri"), or the same number of words with every word pair close (Jaro-Winkler ≥ 0.9 on the keys,
/// first letters equal), which catches one-letter slips ("Zubaidi" / "Zubaydi").
/// </summary>
public static class NameSimilarity
{
    public static bool Same(string a, string b)
    {
        var ka = ActorCatalog.PhraseKey(a);
        var kb = ActorCatalog.PhraseKey(b);
        if (ka == kb)
        {
            return true;
        }

        var wa = ka.Split(' ');
        var wb = kb.Split(' ');
        if (wa.Length != wb.Length)
        {
            return false;
        }

        for (var i = 0; i < wa.Length; i++)
        {
            if (wa[i].Length == 0 || wb[i].Length == 0 || wa[i][0] != wb[i][0] || JaroWinkler(wa[i], wb[i]) < 0.9)
            {
                return false;
            }
        }

        return true;
    }

    public static double JaroWinkler(string s, string t)
    {
        if (s == t)
        {
            return 1;
        }

        var window = Math.Max(0, Math.Max(s.Length, t.Length) / 2 - 1);
        var sm = new bool[s.Length];
        var tm = new bool[t.Length];
        var matches = 0;
        for (var i = 0; i < s.Length; i++)
        {
            for (var j = Math.Max(0, i - window); j < Math.Min(t.Length, i + window + 1); j++)
            {
                if (!tm[j] && s[i] == t[j])
                {
                    sm[i] = tm[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (!sm[i])
            {
                continue;
            }

            while (!tm[k])
            {
                k++;
            }

            if (s[i] != t[k])
            {
                transpositions++;
            }

            k++;
        }

        double m = matches;
        var jaro = (m / s.Length + m / t.Length + (m - transpositions / 2.0) / m) / 3;
        var prefix = 0;
        while (prefix < Math.Min(4, Math.Min(s.Length, t.Length)) && s[prefix] == t[prefix])
        {
            prefix++;
        }

        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
