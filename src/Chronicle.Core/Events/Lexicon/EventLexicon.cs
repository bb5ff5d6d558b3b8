using System.Collections.Frozen;
using System.Globalization;
using Chronicle.Core.Events.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Events.Lexicon;

/// <summary>
/// The parsed trigger table, indexed by the words a pattern can start with. Immutable and shared:
/// built once, read by every article.
/// </summary>
internal sealed class EventLexicon
{
    private readonly FrozenDictionary<string, TriggerEntry[]> _byFirst;
    private readonly FrozenDictionary<string, TriggerEntry[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private EventLexicon(IEnumerable<TriggerEntry> entries)
    {
        var map = new Dictionary<string, List<TriggerEntry>>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            foreach (var w in e.Pattern[0].Alternatives)
            {
                if (!map.TryGetValue(w, out var list))
                {
                    map[w] = list = [];
                }

                list.Add(e);
            }
        }

        _byFirst = map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static EventLexicon Default { get; } = Parse(TriggerTable.Lines);

    public ReadOnlySpan<TriggerEntry> Starting(ReadOnlySpan<char> word) =>
        _lookup.TryGetValue(word, out var entries) ? entries : [];

    public static EventLexicon Parse(IEnumerable<string> lines) => new(lines.Select(ParseLine));

    /// <summary>Parses one line of <see cref="TriggerTable"/>; a malformed line is a programming error.</summary>
    public static TriggerEntry ParseLine(string line)
    {
        var colon = line.IndexOf(" : ", StringComparison.Ordinal);
        if (colon < 0)
        {
            throw new FormatException($"trigger line without ' : ': {line}");
        }

        var head = line[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var typeMode = head[0].Split('/');
        var type = typeMode[0] == "-" ? "" : typeMode[0];
        var mode = typeMode.Length > 1 ? typeMode[1] : null;
        Modality? governs = null, self = null;
        var confidence = 0.8;
        WordSet? after = null;
        WordSet? before = null;
        foreach (var flag in head.Skip(1))
        {
            var kv = flag.Split('=', 2);
            switch (kv[0])
            {
                case "gov": governs = ParseModality(kv[1]); break;
                case "self": self = ParseModality(kv[1]); break;
                case "conf": confidence = double.Parse(kv[1], CultureInfo.InvariantCulture); break;
                case "after": after = new WordSet(kv[1].Split(',')); break;
                case "before": before = new WordSet(kv[1].Split(',')); break;
                default: throw new FormatException($"unknown trigger flag '{flag}' in: {line}");
            }
        }

        var pattern = new List<PatternElement>();
        var nominal = false;
        var verbal = false;
        foreach (var part in line[(colon + 3)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part[0] == '~')
            {
                pattern.Add(new PatternElement(null, [], int.Parse(part[1..], CultureInfo.InvariantCulture)));
                continue;
            }

            var words = new List<string>();
            foreach (var alt in part.Split('|'))
            {
                if (alt.StartsWith("v:", StringComparison.Ordinal))
                {
                    verbal = true;
                    words.AddRange(Expand(alt[2..], Inflection.Verb));
                }
                else if (alt.StartsWith("n:", StringComparison.Ordinal))
                {
                    nominal = true;
                    words.AddRange(Expand(alt[2..], Inflection.Noun));
                }
                else
                {
                    words.Add(alt);
                }
            }

            var distinct = words.Distinct(StringComparer.Ordinal).ToArray();
            pattern.Add(new PatternElement(new WordSet(distinct), distinct, 0));
        }

        if (pattern.Count == 0 || pattern[0].IsGap || pattern[^1].IsGap)
        {
            throw new FormatException($"a pattern must start and end with words: {line}");
        }

        return new TriggerEntry(type, mode, pattern, governs, self, nominal && !verbal, confidence, after, line, before);
    }

    private static IEnumerable<string> Expand(string spec, Func<string, IEnumerable<string>> regular)
    {
        var paren = spec.IndexOf('(', StringComparison.Ordinal);
        if (paren < 0)
        {
            return regular(spec);
        }

        var b = spec[..paren];
        var extra = spec[(paren + 1)..^1].Split(',');
        return regular(b).Concat(extra);
    }

    private static Modality ParseModality(string s) => s switch
    {
        "planned" => Modality.Planned,
        "demanded" => Modality.Demanded,
        "denied" => Modality.Denied,
        "conditional" => Modality.Conditional,
        "hypothetical" => Modality.Hypothetical,
        "reported" => Modality.ReportedUnconfirmed,
        "occurred" => Modality.Occurred,
        _ => throw new FormatException($"unknown modality '{s}'"),
    };
}
