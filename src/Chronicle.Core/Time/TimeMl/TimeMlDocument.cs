using System.Collections.Immutable;
using System.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Time.TimeMl;

/// <summary>A TIMEX3 tag of a TimeML file: its span in the plain text and its attributes.</summary>
public sealed record TimeMlTimex(TextSpan Span, string Type, string Value, string? Mod);

/// <summary>
/// A TimeML file split for annotation: the bytes before and after <c>&lt;TEXT&gt;…&lt;/TEXT&gt;</c>
/// untouched, the content of TEXT with all its markup removed (<see cref="RawText"/>, entities still
/// escaped as in the file), the same text decoded for the tagger (<see cref="PlainText"/>), and a map
/// from plain offsets to raw offsets so that tags can be written back at the right bytes.
/// </summary>
public sealed class TimeMlDocument
{
    private readonly int[] _rawOffsets;

    private TimeMlDocument(string prefix, string suffix, string rawText, string plainText, int[] rawOffsets, string? dct, ImmutableArray<TimeMlTimex> timexes)
    {
        Prefix = prefix;
        Suffix = suffix;
        RawText = rawText;
        PlainText = plainText;
        _rawOffsets = rawOffsets;
        DocumentCreationTime = dct;
        Timexes = timexes;
    }

    /// <summary>Everything up to and including <c>&lt;TEXT&gt;</c>.</summary>
    public string Prefix { get; }

    /// <summary>Everything from <c>&lt;/TEXT&gt;</c> on.</summary>
    public string Suffix { get; }

    /// <summary>The content of TEXT without markup, entities as written in the file.</summary>
    public string RawText { get; }

    /// <summary>The content of TEXT without markup, entities decoded: what the tagger reads.</summary>
    public string PlainText { get; }

    /// <summary>The DCT's value attribute ("1998-08-07"), if any.</summary>
    public string? DocumentCreationTime { get; }

    /// <summary>The TIMEX3 tags found inside TEXT (the gold, in a gold file).</summary>
    public ImmutableArray<TimeMlTimex> Timexes { get; }

    /// <summary>The offset in <see cref="RawText"/> of plain offset <paramref name="plain"/> (0 … PlainText.Length).</summary>
    public int RawOffset(int plain) => _rawOffsets[plain];

    /// <summary>The publication time the DCT states, at day precision (or unknown).</summary>
    public PublicationTime Published =>
        DocumentCreationTime is { Length: >= 10 } v && GivenDate.TryParse(v[..10], out var p, out _)
            ? p with { Origin = PublicationOrigin.Stated, Evidence = "TimeML DCT" }
            : PublicationTime.Unknown;

    /// <summary>Parses a TimeML file's text; returns null with a reason when it has no TEXT element.</summary>
    public static TimeMlDocument? Parse(string xml, out string? error)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var open = xml.IndexOf("<TEXT>", StringComparison.Ordinal);
        var close = open < 0 ? -1 : xml.IndexOf("</TEXT>", open, StringComparison.Ordinal);
        if (open < 0 || close < 0)
        {
            error = "no <TEXT> … </TEXT> element";
            return null;
        }

        var contentStart = open + "<TEXT>".Length;
        var raw = new StringBuilder(close - contentStart);
        var plain = new StringBuilder(close - contentStart);
        var offsets = new List<int>(close - contentStart + 1);
        var timexes = ImmutableArray.CreateBuilder<TimeMlTimex>();
        var openTimex = new Stack<(int Start, string Tag)>();
        var i = contentStart;
        while (i < close)
        {
            var c = xml[i];
            if (c == '<')
            {
                var end = xml.IndexOf('>', i);
                if (end < 0 || end > close)
                {
                    error = "unterminated tag inside TEXT";
                    return null;
                }

                var tag = xml.AsSpan(i + 1, end - i - 1);
                if (tag.StartsWith("TIMEX3"))
                {
                    openTimex.Push((plain.Length, tag.ToString()));
                }
                else if (tag.StartsWith("/TIMEX3") && openTimex.Count > 0)
                {
                    var (start, attrs) = openTimex.Pop();
                    timexes.Add(new TimeMlTimex(new TextSpan(start, plain.Length), Attr(attrs, "type") ?? "", Attr(attrs, "value") ?? "", Attr(attrs, "mod")));
                }

                i = end + 1;
                continue;
            }

            if (c == '&' && Entity(xml, i, close, out var decoded, out var length))
            {
                offsets.Add(raw.Length);
                plain.Append(decoded);
                raw.Append(xml, i, length);
                i += length;
                continue;
            }

            offsets.Add(raw.Length);
            plain.Append(c);
            raw.Append(c);
            i++;
        }

        offsets.Add(raw.Length);
        error = null;
        var dct = Dct(xml);
        timexes.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new TimeMlDocument(xml[..contentStart], xml[close..], raw.ToString(), plain.ToString(), [.. offsets], dct, timexes.ToImmutable());
    }

    private static string? Dct(string xml)
    {
        var open = xml.IndexOf("<DCT>", StringComparison.Ordinal);
        if (open < 0)
        {
            return null;
        }

        var close = xml.IndexOf("</DCT>", open, StringComparison.Ordinal);
        return close < 0 ? null : Attr(xml.AsSpan(open, close - open), "value");
    }

    /// <summary>The value of attribute <paramref name="name"/> in a tag's text ("type=\"DATE\"").</summary>
    public static string? Attr(ReadOnlySpan<char> tag, string name)
    {
        var key = " " + name + "=\"";
        var at = tag.IndexOf(key, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var start = at + key.Length;
        var end = tag[start..].IndexOf('"');
        return end < 0 ? null : tag.Slice(start, end).ToString();
    }

    private static bool Entity(string xml, int i, int limit, out char decoded, out int length)
    {
        decoded = '&';
        length = 1;
        var semi = xml.IndexOf(';', i, Math.Min(12, limit - i));
        if (semi < 0)
        {
            return false;
        }

        var name = xml.AsSpan(i + 1, semi - i - 1);
        length = semi - i + 1;
        switch (name)
        {
            case "amp": decoded = '&'; return true;
            case "lt": decoded = '<'; return true;
            case "gt": decoded = '>'; return true;
            case "quot": decoded = '"'; return true;
            case "apos": decoded = '\''; return true;
        }

        if (name.Length > 1 && name[0] == '#')
        {
            var hex = name.Length > 2 && name[1] is 'x' or 'X';
            if (int.TryParse(hex ? name[2..] : name[1..], hex ? System.Globalization.NumberStyles.HexNumber : System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture, out var code) && code is > 0 and < 0xD800)
            {
                decoded = (char)code;
                return true;
            }
        }

        // Unknown entities (the AQUAINT files have "&UR;"-style codes) stay as one opaque character.
        decoded = '\uFFFC';
        return true;
    }
}
