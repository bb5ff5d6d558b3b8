using System.CommandLine;
using Chronicle.Core.Actors;
using Chronicle.Core.Actors.Catalog;
using Chronicle.Core.Actors.Evaluation;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle eval-actors GOLD [--seeds DIR] [--verbose]</c>: precision and recall of the actors stage on
/// the gold actors of the seeds (every occurrence of every gold form).
/// </summary>
internal static class EvalActorsCommand
{
    public static Command Create()
    {
        var gold = new Argument<string>("GOLD") { Description = "The gold file (../shared/gold/seeds.json)" };
        var seeds = new Option<string?>("--seeds") { Description = "Folder of the seed files (default: ../seeds beside the gold file's folder)" };
        var verbose = new Option<bool>("--verbose") { Description = "List every occurrence that was not resolved to its gold actor" };
        var polnear = new Option<string?>("--polnear") { Description = "Also: share of the named attribution sources of a PolNeAR-style folder (text/, attributions/) that actor mentions cover" };
        var command = new Command("eval-actors", "Score actor recognition and resolution against the gold actors of the seeds") { gold, seeds, verbose, polnear };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var goldPath = parse.GetValue(gold)!;
            var seedsDir = parse.GetValue(seeds) ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(goldPath))!, "..", "seeds");
            if (!File.Exists(goldPath) || !Directory.Exists(seedsDir))
            {
                error.WriteLine($"chronicle: {(File.Exists(goldPath) ? seedsDir : goldPath)}: not found");
                return ExitCodes.Failed;
            }

            ActorEvalReport report;
            try
            {
                report = ActorGoldEvaluation.Run(goldPath, seedsDir, new ActorRecognizer());
            }
            catch (Exception e) when (e is IOException or InvalidDataException or System.Text.Json.JsonException or ActorFileException or KeyNotFoundException)
            {
                error.WriteLine($"chronicle: {goldPath}: {e.Message}");
                return ExitCodes.Failed;
            }

            if (parse.GetValue(verbose))
            {
                foreach (var o in report.Occurrences.Where(o => o.Outcome is OccurrenceOutcome.Wrong or OccurrenceOutcome.Missed or OccurrenceOutcome.Nested))
                {
                    output.WriteLine($"{o.Outcome,-7} {o.File}#{o.Part} @{o.Start} '{o.Form}' gold '{o.GoldActor}' got {o.Got ?? "-"}");
                }
            }

            foreach (var name in report.Unmapped)
            {
                output.WriteLine($"gold actor not in the actor file: {name}");
            }

            output.WriteLine(report.Summary());
            if (parse.GetValue(polnear) is { } dir)
            {
                if (!Directory.Exists(Path.Combine(dir, "attributions")) || !Directory.Exists(Path.Combine(dir, "text")))
                {
                    error.WriteLine($"chronicle: {dir}: needs text/ and attributions/ folders");
                    return ExitCodes.Failed;
                }

                // PolNeAR is 2016 election coverage: titles resolve as of 2016-10-01.
                var published = new Core.Model.PublicationTime("2016-10-01", Core.Model.DatePrecision.Day, Core.Model.PublicationOrigin.Given);
                output.WriteLine(SourceCoverage.Run(dir, new ActorRecognizer(), published).Summary());
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
