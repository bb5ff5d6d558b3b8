using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution.Evaluation;

/// <summary>One evaluation document: its raw text and the gold attributions of one annotator.</summary>
public sealed record PolnearDocument(string Name, string Text, string AnnotationFile, IReadOnlyList<BratAttribution> Gold);

/// <summary>
/// Loads a PolNeAR-style folder: <c>text/NAME.txt</c> and <c>attributions/NAME_ANNOTATOR.ann</c>.
/// Where several annotators annotated an article, the first <c>.ann</c> in ordinal file-name order is used.
/// </summary>
public static class PolnearCorpus
{
    public static IReadOnlyList<PolnearDocument> Load(string dir)
    {
        var textDir = Path.Combine(dir, "text");
        var annDir = Path.Combine(dir, "attributions");
        if (!Directory.Exists(textDir) || !Directory.Exists(annDir))
        {
            throw new DirectoryNotFoundException($"{dir}: expected text/ and attributions/ folders");
        }

        var anns = Directory.GetFiles(annDir, "*.ann").OrderBy(f => f, StringComparer.Ordinal).ToList();
        var docs = new List<PolnearDocument>();
        foreach (var txt in Directory.GetFiles(textDir, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(txt);
            var ann = anns.FirstOrDefault(a => Path.GetFileNameWithoutExtension(a).StartsWith(name + "_", StringComparison.Ordinal));
            if (ann is null)
            {
                continue;
            }

            docs.Add(new PolnearDocument(name, File.ReadAllText(txt, Encoding.UTF8), ann, BratReader.Parse(File.ReadAllText(ann, Encoding.UTF8))));
        }

        return docs;
    }

    /// <summary>The raw text as an article (offsets unchanged: no cleaning), so gold offsets apply directly.</summary>
    public static Article ToArticle(PolnearDocument doc)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(doc.Text)));
        return new Article(hash[..16], doc.Text, doc.Name, 1, hash, null, null, null, null, PublicationTime.Unknown);
    }

    /// <summary>Runs <paramref name="pipeline"/> on every document and scores it.</summary>
    public static (AttributionScore Total, ImmutableArray<(PolnearDocument Doc, AttributionScore Score, AnnotatedArticle Annotated)> PerDocument) Evaluate(
        IReadOnlyList<PolnearDocument> docs, Pipeline pipeline)
    {
        var total = default(AttributionScore);
        var per = ImmutableArray.CreateBuilder<(PolnearDocument, AttributionScore, AnnotatedArticle)>();
        foreach (var doc in docs)
        {
            var annotated = pipeline.Run(ToArticle(doc));
            var score = AttributionScorer.Score(AttributionScorer.FromQuotes(annotated.Quotes), doc.Gold);
            total += score;
            per.Add((doc, score, annotated));
        }

        return (total, per.ToImmutable());
    }
}
