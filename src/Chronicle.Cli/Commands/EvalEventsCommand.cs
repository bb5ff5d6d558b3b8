using System.CommandLine;
using Chronicle.Core;
using Chronicle.Core.Events.Evaluation;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle eval-events [SEEDS_DIR] [GOLD]</c>: runs the pipeline on the gold's articles and prints
/// recall and precision of events, claims and commitments, with attribute accuracy on found items.
/// </summary>
internal static class EvalEventsCommand
{
    public static Command Create()
    {
        var seeds = new Argument<string>("SEEDS_DIR") { Description = "Folder of the articles the gold names", DefaultValueFactory = _ => "../shared/seeds" };
        var gold = new Argument<string>("GOLD") { Description = "Gold file (the format of seeds.json)", DefaultValueFactory = _ => "../shared/gold/seeds.json" };
        var verbose = new Option<bool>("--verbose") { Description = "List every gold item with what was right and wrong" };
        var command = new Command("eval-events", "Score events, numeric claims and commitments against a gold file") { seeds, gold, verbose };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var goldPath = parse.GetValue(gold)!;
            var seedsDir = parse.GetValue(seeds)!;
            if (!File.Exists(goldPath) || !Directory.Exists(seedsDir))
            {
                error.WriteLine($"chronicle: eval-events: {(File.Exists(goldPath) ? "no such folder " + seedsDir : "no such gold file " + goldPath)}");
                return ExitCodes.Usage;
            }

            var report = SeedEvaluation.Run(seedsDir, goldPath, Pipeline.CreateDefault());
            foreach (var problem in report.Problems)
            {
                error.WriteLine("chronicle: " + problem);
            }

            output.WriteLine(report.Events.Format("events"));
            output.WriteLine(report.Claims.Format("claims"));
            output.WriteLine(report.Commitments.Format("commitments"));
            if (parse.GetValue(verbose))
            {
                foreach (var item in report.Items)
                {
                    var wrong = string.Join(" ", item.Attributes.Where(a => !a.Value).Select(a => "!" + a.Key));
                    output.WriteLine($"  {(item.Found ? "found" : "MISSED"),-6} {item.Category,-10} {Path.GetFileNameWithoutExtension(item.File)} {wrong} {Shorten(item.Cue)}{(item.Note is { } n ? "  -- " + n : "")}");
                }

                foreach (var extra in report.Unmatched)
                {
                    output.WriteLine("  extra  event      " + extra);
                }
            }

            return report.Problems.Count > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
        });
        return command;
    }

    private static string Shorten(string s) => s.Length <= 70 ? s : s[..67] + "...";
}
