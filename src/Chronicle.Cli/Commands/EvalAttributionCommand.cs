using System.CommandLine;
using System.Globalization;
using Chronicle.Core;
using Chronicle.Core.Attribution.Evaluation;
using Chronicle.Cli.Output;
using Chronicle.Core.Contract;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle eval-attribution DIR</c>: runs the pipeline on a PolNeAR-style folder (raw text, no
/// cleaning, offsets unchanged) and prints content, cue and source precision/recall/F1 with overlap matching;
/// <c>--details</c> lists the misses and mismatches for error analysis.
/// </summary>
internal static class EvalAttributionCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("DIR") { Description = "A folder with text/NAME.txt and attributions/NAME_ANNOTATOR.ann (brat standoff)" };
        var perDocument = new Option<bool>("--per-document") { Description = "Also print the scores of each document" };
        var dump = new Option<string?>("--dump") { Description = "Write every document's system quotes (JSON contract) to this file, for error analysis" };
        var details = new Option<bool>("--details")
        {
            Description = "Also list, per document, the gold attributions missed, the matches with a wrong cue or source (gold / ours) and ours that matched nothing, then the most frequent missed cues",
        };
        var command = new Command("eval-attribution", "Score the attribution stage on a PolNeAR-style corpus (overlap matching)") { dir, perDocument, details, dump };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            IReadOnlyList<PolnearDocument> docs;
            try
            {
                docs = PolnearCorpus.Load(parse.GetValue(dir)!);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                parse.InvocationConfiguration.Error.WriteLine("chronicle: " + e.Message);
                return ExitCodes.Failed;
            }

            var (total, per) = PolnearCorpus.Evaluate(docs, Pipeline.CreateDefault());
            if (parse.GetValue(perDocument))
            {
                foreach (var (doc, score, _) in per)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{doc.Name,-60} content F1 {score.Content.F1:0.000}  cue F1 {score.Cue.F1:0.000}  source F1 {score.Source.F1:0.000}  (gold {score.Content.Gold}, system {score.Content.System})"));
                }
            }

            if (parse.GetValue(details))
            {
                AttributionDetails.Print(per.Select(p => (p.Doc, p.Annotated)), output);
            }

            if (parse.GetValue(dump) is { } dumpFile)
            {
                File.WriteAllText(dumpFile, ContractJson.Serialize(per.Select(p => new { p.Doc.Name, Quotes = ContractMapper.ToDto(p.Annotated).Quotes })));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{docs.Count} documents, {total.Content.Gold} gold attributions, {total.Content.System} system attributions"));
            output.WriteLine("field     precision  recall   F1");
            foreach (var (name, prf) in new[] { ("content", total.Content), ("cue", total.Cue), ("source", total.Source) })
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-9} {prf.Precision,9:0.000}  {prf.Recall,6:0.000}  {prf.F1,5:0.000}"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
