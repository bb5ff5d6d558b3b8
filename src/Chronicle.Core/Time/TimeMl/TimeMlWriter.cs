using System.Globalization;
using System.Text;
using Chronicle.Core.Contract;
using Chronicle.Core.Model;

namespace Chronicle.Core.Time.TimeMl;

/// <summary>
/// Writes a TimeML file back with our TIMEX3 tags: the bytes outside TEXT unchanged, the text inside
/// TEXT unchanged (other markup removed), one TIMEX3 around each expression (tids from t1; the DCT keeps t0).
/// </summary>
public static class TimeMlWriter
{
    public static string Write(TimeMlDocument doc, IEnumerable<TimeExpression> times)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(times);
        var raw = doc.RawText;
        var sb = new StringBuilder(doc.Prefix.Length + raw.Length + doc.Suffix.Length + 2048);
        sb.Append(doc.Prefix);
        var at = 0;
        var tid = 1;
        foreach (var t in times.OrderBy(t => t.Span.Start))
        {
            var start = doc.RawOffset(t.Span.Start);
            var end = doc.RawOffset(t.Span.End);
            if (start < at)
            {
                continue; // overlapping spans cannot be written as nested tags; the tagger never makes them
            }

            sb.Append(raw, at, start - at);
            sb.Append(CultureInfo.InvariantCulture, $"<TIMEX3 tid=\"t{tid++}\" type=\"{ContractNames.Of(t.Type)}\" value=\"{Escape(t.Value.Value)}\"");
            if (t.Value.Mod is { } mod)
            {
                sb.Append(CultureInfo.InvariantCulture, $" mod=\"{ContractNames.Of(mod)}\"");
            }

            sb.Append('>').Append(raw, start, end - start).Append("</TIMEX3>");
            at = end;
        }

        sb.Append(raw, at, raw.Length - at);
        sb.Append(doc.Suffix);
        return sb.ToString();
    }

    private static string Escape(string s) => s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}
