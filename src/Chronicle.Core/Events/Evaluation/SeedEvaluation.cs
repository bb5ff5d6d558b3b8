using Chronicle.Core.Actors;
using Chronicle.Core.Contract;
using Chronicle.Core.Model;
using Chronicle.Core.Reading;

namespace Chronicle.Core.Events.Evaluation;

/// <summary>
/// Runs the pipeline on every file a gold file names, each with the gold publication date as the
/// given date, and scores events, claims and commitments. A gold name and ours name the same actor when
/// the pipeline's curated actor file resolves both to it. When a page yields several articles, the
/// gold article is compared with the one that holds most of its cues.
/// </summary>
public static class SeedEvaluation
{
    public static EvalReport Run(string seedsDir, string goldPath, Pipeline pipeline)
    {
        var report = new EvalReport();
        // Names resolve through the pipeline's own curated actor file, when it has one.
        var catalog = pipeline.Stages.OfType<ActorRecognizer>().FirstOrDefault()?.Catalog;
        Func<string, string?>? sameActor = catalog is null ? null : name => catalog.Find(name)?.Id;
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
            GoldEvaluator.Evaluate(gold, best, report, sameActor);
        }

        return report;
    }

    private static IEnumerable<string> Cues(GoldArticle gold) =>
        gold.Events.Select(e => e.Cue).Concat(gold.Claims.Select(c => c.Cue)).Concat(gold.Commitments.Select(c => c.Cue));
}
