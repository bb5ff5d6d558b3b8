using Chronicle.Core.Model;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Chronicle.Core.Tests.Actors.ActorTestKit;

namespace Chronicle.Core.Tests.Actors;

/// <summary>Invariants over generated texts (our own templates and a vocabulary of tricky pieces).</summary>
public class ActorPropertyTests
{
    // {F} is a given name, {S} a surname; both are renamed together.
    private static readonly string[] Templates =
    [
        "{F} {S}, a senior adviser, met Iraqi officials in Baghdad. {S} said the US administration agreed. Later {S} told Reuters that Kataib Hezbollah would wait.",
        "On Monday the Iraqi prime minister received {F} {S} of the Tigris Council. Washington welcomed it, and {S} thanked the American side.",
        "Spokesman {F} {S} denied the report. \"We never agreed,\" {S} said, according to AFP. Tehran and {S} disagreed in Najaf.",
    ];

    private static readonly string[] Given = ["Karim", "Samir", "Hamid", "Laith", "Nadia"];

    private static Gen<string> Surname() =>
        from len in Gen.Choose(4, 8)
        from letters in Gen.Elements("bdfgklmnprstvz".ToCharArray()).ArrayOf(len)
        from vowels in Gen.Elements("aeiou".ToCharArray()).ArrayOf(len)
        select "Zu" + new string(letters.Select((c, i) => i % 2 == 0 ? c : vowels[i]).ToArray()) + "ri";

    private static Gen<(string F, string S)> Name() =>
        from f in Gen.Elements(Given)
        from s in Surname()
        select (f, s);

    [Property(MaxTest = 100)]
    public Property RenamingAnActorChangesNothingElse()
    {
        var gen =
            from t in Gen.Elements(Templates)
            from a in Name()
            from b in Name()
            select (t, a, b);
        return Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var (text1, segs1) = Expand(x.t, x.a);
            var (text2, segs2) = Expand(x.t, x.b);
            var m1 = Find(text1, "2024-02-01");
            var m2 = Find(text2, "2024-02-01");
            if (m1.Count != m2.Count)
            {
                return false;
            }

            for (var i = 0; i < m1.Count; i++)
            {
                var renamed = m1[i].ActorId.StartsWith("new:", StringComparison.Ordinal);
                if (Map(m1[i].Span.Start, segs1, segs2) != m2[i].Span.Start || Map(m1[i].Span.End, segs1, segs2) != m2[i].Span.End ||
                    m1[i].Kind != m2[i].Kind || (!renamed && m1[i].ActorId != m2[i].ActorId) || renamed != m2[i].ActorId.StartsWith("new:", StringComparison.Ordinal))
                {
                    return false;
                }
            }

            // The renamed person is one actor in both texts.
            return m1.Where(m => m.ActorId.StartsWith("new:", StringComparison.Ordinal) && m.Kind == ActorKind.Person).Select(m => m.ActorId).Distinct().Count() <= 1;
        });
    }

    private static readonly string[] Vocabulary =
    [
        "Iraq", "Iraq’s", "Iraqs", "al-Sudani", "Al", "al", "-", "Kata’ib", "Kataeb", "Hezbollah", "the", "The", "prime", "minister", "PM", "US", "us",
        "U.S.", "Washington", "said", ",", ".", "\n", "(", ")", "CF", "Abu", "Ali", "Brigades", "Iran-backed", "’s", "'", "\"", "“", "”", "Saraya",
        "Council", "of", "in", "Baghdad", "Iraqi", "government", "administration", "Biden", "Trump", "former", "then-", "é", "Öcalan", "Zubair",
        "IS", "is", "Islamic", "Resistance", "ofUS", "2024", "!", "?", ":", "Lieutenant-General", "spokesman", "Mr", "side", "American", "  ",
    ];

    [Property(MaxTest = 300)]
    public Property MentionsNeverOverlapAndLieInsideTheText()
    {
        var gen =
            from words in Gen.Elements(Vocabulary).ArrayOf()
            from glue in Gen.Elements(" ", "", " ", "\n").ArrayOf(words.Length)
            from date in Gen.Elements<string?>(null, "2019-06-01", "2023-05")
            select (Text: string.Concat(words.Zip(glue, (w, g) => w + g)), Date: date);
        return Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var mentions = Find(x.Text, x.Date);
            var inside = mentions.All(m => m.Span.Start >= 0 && m.Span.End <= x.Text.Length && m.Span.Length > 0);
            var ordered = mentions.Zip(mentions.Skip(1), (a, b) => a.Span.End <= b.Span.Start).All(ok => ok);
            var sane = mentions.All(m => m.Confidence is > 0 and <= 1 && m.ActorId.Length > 0);
            return inside && ordered && sane;
        });
    }

    [Property(MaxTest = 100)]
    public Property RecognitionIsDeterministic()
    {
        var gen = Gen.Elements(Vocabulary).ArrayOf().Select(w => string.Join(' ', w));
        return Prop.ForAll(gen.ToArbitrary(), text => Find(text, "2024-01-01").SequenceEqual(Find(text, "2024-01-01")));
    }

    private static (string Text, List<(int Start, int End, bool Name)> Segments) Expand(string template, (string F, string S) name)
    {
        var sb = new System.Text.StringBuilder();
        var segments = new List<(int, int, bool)>();
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                open = template.Length;
            }

            if (open > i)
            {
                segments.Add((sb.Length, sb.Length + open - i, false));
                sb.Append(template, i, open - i);
            }

            if (open >= template.Length)
            {
                break;
            }

            var close = template.IndexOf('}', open);
            var value = template[(open + 1)..close] == "F" ? name.F : name.S;
            segments.Add((sb.Length, sb.Length + value.Length, true));
            sb.Append(value);
            i = close + 1;
        }

        return (sb.ToString(), segments);
    }

    /// <summary>Maps an offset of the first text to the second: inside literal text it shifts; on a name it must be at an edge.</summary>
    private static int Map(int offset, List<(int Start, int End, bool Name)> from, List<(int Start, int End, bool Name)> to)
    {
        for (var k = 0; k < from.Count; k++)
        {
            var (s, e, name) = from[k];
            if (offset == s)
            {
                return to[k].Start;
            }

            if (offset == e)
            {
                return to[k].End;
            }

            if (offset > s && offset < e)
            {
                return name ? -1 : to[k].Start + (offset - s);
            }
        }

        return -1;
    }
}
