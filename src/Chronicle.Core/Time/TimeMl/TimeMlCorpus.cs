using System.Text;

namespace Chronicle.Core.Time.TimeMl;

/// <summary>Annotates TimeML files: read, strip TEXT's markup, tag with the publication time from the DCT, write back.</summary>
public static class TimeMlCorpus
{
    /// <summary>UTF-8 without a byte-order mark, as the TempEval files are written.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Our TimeML for one file's text, or null with the reason it cannot be read as TimeML.</summary>
    public static string? Annotate(string xml, out string? error)
    {
        var doc = TimeMlDocument.Parse(xml, out error);
        if (doc is null)
        {
            return null;
        }

        var times = TemporalTagger.Tag(doc.PlainText, doc.Published);
        return TimeMlWriter.Write(doc, times);
    }

    /// <summary>The *.tml files of a folder (recursively), in ordinal order of their relative paths.</summary>
    public static IReadOnlyList<string> Files(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
}
