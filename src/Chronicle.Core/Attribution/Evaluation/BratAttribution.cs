using System.Globalization;
using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution.Evaluation;

/// <summary>
/// One gold attribution from a brat standoff file: content, cue and source spans (each possibly
/// discontinuous, "10 20;25 40"). <see cref="Source"/> is empty for <c>Attribution-no-source</c>.
/// </summary>
public sealed record BratAttribution(IReadOnlyList<TextSpan> Content, IReadOnlyList<TextSpan> Cue, IReadOnlyList<TextSpan> Source);

/// <summary>Reads the attribution relations of a brat <c>.ann</c> file (T lines for spans, E lines tying them together).</summary>
public static class BratReader
{
    public static IReadOnlyList<BratAttribution> Parse(string ann)
    {
        var spans = new Dictionary<string, IReadOnlyList<TextSpan>>(StringComparer.Ordinal);
        var events = new List<string[]>();
        foreach (var raw in ann.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var fields = line.Split('\t');
            if (fields.Length < 2)
            {
                continue;
            }

            if (fields[0].StartsWith('T'))
            {
                var typeAndRanges = fields[1];
                var space = typeAndRanges.IndexOf(' ', StringComparison.Ordinal);
                if (space < 0)
                {
                    continue;
                }

                var list = new List<TextSpan>();
                foreach (var range in typeAndRanges[(space + 1)..].Split(';'))
                {
                    var parts = range.Trim().Split(' ');
                    if (parts.Length == 2
                        && int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var start)
                        && int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var end))
                    {
                        list.Add(new TextSpan(start, end));
                    }
                }

                spans[fields[0]] = list;
            }
            else if (fields[0].StartsWith('E'))
            {
                events.Add(fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        var result = new List<BratAttribution>();
        foreach (var args in events)
        {
            IReadOnlyList<TextSpan> content = [], cue = [], source = [];
            var isAttribution = false;
            foreach (var arg in args)
            {
                var colon = arg.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0)
                {
                    continue;
                }

                var role = arg[..colon];
                var found = spans.TryGetValue(arg[(colon + 1)..], out var s) ? s : [];
                if (role.StartsWith("Attribution", StringComparison.Ordinal))
                {
                    isAttribution = true;
                }
                else if (role.StartsWith("Content", StringComparison.Ordinal))
                {
                    content = found;
                }
                else if (role.StartsWith("Cue", StringComparison.Ordinal))
                {
                    cue = found;
                }
                else if (role.StartsWith("Source", StringComparison.Ordinal))
                {
                    source = found;
                }
            }

            if (isAttribution && content.Count > 0)
            {
                result.Add(new BratAttribution(content, cue, source));
            }
        }

        return result;
    }
}
