using System.Collections.Immutable;
using Chronicle.Core.Model;
using Chronicle.Core.Segmenting;
using Chronicle.Core.Time.TimeMl;

namespace Chronicle.Bench;

/// <summary>
/// The plain text and publication time of every TempEval-3 document, read at run time from
/// ../shared/tempeval3 beside the repository (or from $CHRONICLE_TEMPEVAL). Never copied into the repo.
/// </summary>
public sealed class TempEvalTexts
{
    private TempEvalTexts(IReadOnlyList<(string Text, PublicationTime Published)> docs)
    {
        Docs = docs;
        Sentences = [.. docs.Select(d => SentenceSegmenter.Split(d.Text))];
        Bytes = docs.Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d.Text));
        Words = docs.Sum(d => (long)d.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
    }

    public IReadOnlyList<(string Text, PublicationTime Published)> Docs { get; }

    /// <summary>Each document's sentences, as the pipeline's segmenter stage hands them to the temporal stage.</summary>
    public IReadOnlyList<ImmutableArray<Sentence>> Sentences { get; }

    public long Bytes { get; }

    public long Words { get; }

    public static TempEvalTexts Load()
    {
        var folder = Environment.GetEnvironmentVariable("CHRONICLE_TEMPEVAL") ?? Path.Combine(FindRoot(), "..", "shared", "tempeval3");
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"TempEval-3 folder not found: {folder} (set CHRONICLE_TEMPEVAL)");
        }

        var docs = TimeMlCorpus.Files(folder)
            .Select(f => TimeMlDocument.Parse(File.ReadAllText(f, TimeMlCorpus.Utf8), out _))
            .OfType<TimeMlDocument>()
            .Select(d => (d.PlainText, d.Published))
            .ToList();
        return new TempEvalTexts(docs);
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Chronicle.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Chronicle.slnx not found above " + AppContext.BaseDirectory);
    }
}
