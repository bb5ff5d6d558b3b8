using System.Collections.Frozen;
using System.Reflection;

namespace Chronicle.Core.Cleaning;

/// <summary>What a boilerplate cue line means for the lines around it.</summary>
public enum CueKind
{
    None,
    /// <summary>Widget text on its own ("Skip to content", "close"): drop the line.</summary>
    Drop,
    /// <summary>A heading of other articles or a ticker ("Related News", "BREAKING"): drop the block.</summary>
    Block,
    /// <summary>The article is over ("See the original post", "Most Read").</summary>
    End,
}

/// <summary>
/// The curated cue phrases of <c>data/cleaning/boilerplate-cues.txt</c> (embedded in the library),
/// looked up on a normalised line: bullet, trailing ':' and surrounding spaces removed, case ignored.
/// </summary>
internal sealed class BoilerplateCues
{
    private const string ResourceName = "Chronicle.Core.Cleaning.boilerplate-cues.txt";

    private readonly FrozenDictionary<string, CueKind> _exact;
    private readonly string[] _prefixes;

    private BoilerplateCues(FrozenDictionary<string, CueKind> exact, string[] prefixes)
    {
        _exact = exact;
        _prefixes = prefixes;
    }

    /// <summary>The shipped list, parsed once (immutable after construction, so sharing it is safe).</summary>
    public static BoilerplateCues Default { get; } = Load();

    public static BoilerplateCues Parse(IEnumerable<string> lines)
    {
        var exact = new Dictionary<string, CueKind>(StringComparer.OrdinalIgnoreCase);
        var prefixes = new List<string>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0)
            {
                throw new FormatException($"boilerplate cue without a tab: '{line}'");
            }

            var kind = line[..tab];
            var phrase = line[(tab + 1)..].Trim();
            switch (kind)
            {
                case "drop": exact[phrase] = CueKind.Drop; break;
                case "block": exact[phrase] = CueKind.Block; break;
                case "end": exact[phrase] = CueKind.End; break;
                case "prefix": prefixes.Add(phrase); break;
                default: throw new FormatException($"unknown boilerplate cue kind '{kind}' in '{line}'");
            }
        }

        return new BoilerplateCues(exact.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), [.. prefixes]);
    }

    /// <summary>The cue a line (bullet already removed) is, or <see cref="CueKind.None"/>.</summary>
    public CueKind Match(ReadOnlySpan<char> line)
    {
        var core = line.Trim().TrimEnd(':').TrimEnd();
        if (core.IsEmpty)
        {
            return CueKind.None;
        }

        var lookup = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(core, out var kind))
        {
            return kind;
        }

        foreach (var prefix in _prefixes)
        {
            if (core.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return CueKind.Drop;
            }
        }

        return CueKind.None;
    }

    private static BoilerplateCues Load()
    {
        using var stream = typeof(BoilerplateCues).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from {Assembly.GetExecutingAssembly().GetName().Name}");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return Parse(lines);
    }
}
