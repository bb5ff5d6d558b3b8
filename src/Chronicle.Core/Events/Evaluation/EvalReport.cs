using System.Globalization;

namespace Chronicle.Core.Events.Evaluation;

/// <summary>What happened to one gold item: found or not, and which of its attributes were right.</summary>
public sealed record ItemResult(string Category, string File, string Cue, bool Found, IReadOnlyDictionary<string, bool> Attributes, string? Note = null);

/// <summary>
/// Counts for one category. Recall = gold items found / gold items. The gold is not exhaustive, so
/// precision is measured where the gold is complete: over extracted items in sentences that hold a
/// gold cue of the category, the share that match a gold item.
/// </summary>
public sealed class CategoryScore
{
    private readonly Dictionary<string, (int Right, int Total)> _attributes = new(StringComparer.Ordinal);

    public int Gold { get; private set; }

    public int Found { get; private set; }

    public int Extracted { get; private set; }

    public int ExtractedMatched { get; private set; }

    public double Recall => Gold == 0 ? 0 : (double)Found / Gold;

    public double Precision => Extracted == 0 ? 0 : (double)ExtractedMatched / Extracted;

    public IReadOnlyDictionary<string, (int Right, int Total)> Attributes => _attributes;

    public List<ItemResult> Items { get; } = [];

    internal void AddGold(ItemResult item)
    {
        Gold++;
        Items.Add(item);
        if (!item.Found)
        {
            return;
        }

        Found++;
        foreach (var (name, right) in item.Attributes)
        {
            var (r, t) = _attributes.GetValueOrDefault(name);
            _attributes[name] = (r + (right ? 1 : 0), t + 1);
        }
    }

    internal void AddExtracted(bool matched)
    {
        Extracted++;
        ExtractedMatched += matched ? 1 : 0;
    }

    public string Format(string name)
    {
        var attributes = string.Join(", ", _attributes.OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => $"{a.Key} {a.Value.Right}/{a.Value.Total}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"{name,-12} recall {Recall,6:P0} ({Found}/{Gold})  precision {Precision,6:P0} ({ExtractedMatched}/{Extracted})  {attributes}");
    }
}

/// <summary>Scores of a gold file, per category, with every gold item's result.</summary>
public sealed class EvalReport
{
    public CategoryScore Events { get; } = new();

    public CategoryScore Claims { get; } = new();

    public CategoryScore Commitments { get; } = new();

    public IEnumerable<ItemResult> Items => Events.Items.Concat(Claims.Items).Concat(Commitments.Items);

    public List<string> Problems { get; } = [];

    /// <summary>Extracted events in gold sentences that match no gold event (the precision's misses).</summary>
    public List<string> Unmatched { get; } = [];
}
