using Chronicle.Core.Contract;
using Chronicle.Core.Model;
using Chronicle.Core.Reading;

namespace Chronicle.Core.Events.Evaluation;

/// <summary>
/// Runs the pipeline on every file a gold file names, each with the gold publication date as the
/// given date, and scores events, claims and commitments. When a page yields several articles, the
/// gold article is compared with the one that holds most of its cues.
/// </summary>
public static class SeedEvaluation
{
    public static EvalReport Run(string seedsDir, string goldPath, Pipeline pipeline)
    {
        var report = new EvalReport();
        foreach (var gold in GoldReader.Parse(File.ReadAllText(goldPath)))
        {
            PublicationTime? published = null;
            if (gold.Published is { } p && GivenDate.TryParse(p, out var parsed, out _))
            {
                published = parsed;
            }

            var result = new ArticleReader(new ReadOptions(published)).ReadFile(Path.Combine(seedsDir, gold.File));
            if (result.Error is { } error)
            {
                report.Problems.Add($"{gold.File}: {error}");
                continue;
            }

            var docs = result.Articles.Select(a => ContractMapper.ToDto(pipeline.Run(a))).ToList();
            var best = docs.OrderByDescending(d => Cues(gold).Count(c => GoldMatching.Locate(d.Text, c) is not null)).ThenBy(d => Math.Abs(d.Part - gold.Part)).First();
            GoldEvaluator.Evaluate(gold, best, report);
        }

        return report;
    }

    private static IEnumerable<string> Cues(GoldArticle gold) =>
        gold.Events.Select(e => e.Cue).Concat(gold.Claims.Select(c => c.Cue)).Concat(gold.Commitments.Select(c => c.Cue));
}
