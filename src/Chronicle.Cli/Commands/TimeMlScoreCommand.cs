using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using Chronicle.Core.Time.TimeMl;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle timeml-score GOLD_DIR SYSTEM_DIR</c>: TempEval-3 timex scores (strict and relaxed
/// extent P/R/F1, type and value F1). <c>--details</c> lists every miss, spurious tag and wrong value.
/// </summary>
internal static class TimeMlScoreCommand
{
    public static Command Create()
    {
        var gold = new Argument<string>("GOLD_DIR") { Description = "Folder of gold TimeML files" };
        var system = new Argument<string>("SYSTEM_DIR") { Description = "Folder of system TimeML files with the same relative names" };
        var details = new Option<bool>("--details") { Description = "List false negatives (FN), false positives (FP), wrong extents (EXT) and wrong values (VAL)" };
        var command = new Command("timeml-score", "Score TimeML TIMEX3 tags against gold (TempEval-3 definitions)") { gold, system, details };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var err = parse.InvocationConfiguration.Error;
            var goldDir = parse.GetValue(gold)!;
            var sysDir = parse.GetValue(system)!;
            foreach (var dir in new[] { goldDir, sysDir })
            {
                if (!Directory.Exists(dir))
                {
                    err.WriteLine($"chronicle: {dir}: no such folder");
                    return ExitCodes.Failed;
                }
            }

            var total = default(TimeMlScore);
            var files = 0;
            var problems = 0;
            foreach (var goldFile in TimeMlCorpus.Files(goldDir))
            {
                var relative = Path.GetRelativePath(goldDir, goldFile);
                var g = TimeMlDocument.Parse(File.ReadAllText(goldFile, TimeMlCorpus.Utf8), out var gErr);
                if (g is null)
                {
                    err.WriteLine($"chronicle: {goldFile}: {gErr}");
                    problems++;
                    continue;
                }

                var sysFile = Path.Combine(sysDir, relative);
                var s = File.Exists(sysFile) ? TimeMlDocument.Parse(File.ReadAllText(sysFile, TimeMlCorpus.Utf8), out _) : null;
                if (s is not null && !string.Equals(s.PlainText, g.PlainText, StringComparison.Ordinal))
                {
                    err.WriteLine($"chronicle: {sysFile}: its text differs from the gold file's; scored as empty");
                    s = null;
                    problems++;
                }
                else if (s is null)
                {
                    err.WriteLine($"chronicle: {sysFile}: missing or not TimeML; scored as empty");
                    problems++;
                }

                var sysTimexes = s?.Timexes ?? ImmutableArray<TimeMlTimex>.Empty;
                total += TimeMlScorer.Score(g.Timexes, sysTimexes, out var alignment);
                files++;
                if (parse.GetValue(details))
                {
                    PrintDetails(output, relative, g.PlainText, g.DocumentCreationTime, alignment);
                }
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files} files, {total.Relaxed.Gold} gold TIMEX3, {total.Relaxed.System} system TIMEX3"));
            output.WriteLine("measure      P       R       F1");
            Row(output, "strict", total.Strict);
            Row(output, "relaxed", total.Relaxed);
            Row(output, "type", total.Type);
            Row(output, "value", total.Value);
            return problems == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
        });
        return command;
    }

    private static void Row(TextWriter output, string name, Prf prf) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-10} {prf.Precision,6:0.0000}  {prf.Recall,6:0.0000}  {prf.F1,6:0.0000}"));

    private static void PrintDetails(TextWriter output, string file, string text, string? dct, ImmutableArray<TimeMlAlignment> alignment)
    {
        foreach (var a in alignment)
        {
            var kind = (a.Gold, a.System) switch
            {
                (not null, null) => "FN",
                (null, not null) => "FP",
                ({ } g, { } s) when g.Value != s.Value => "VAL",
                ({ } g, { } s) when g.Span != s.Span => "EXT",
                _ => null,
            };
            if (kind is null)
            {
                continue;
            }

            var span = (a.Gold ?? a.System)!.Span;
            var from = Math.Max(0, span.Start - 60);
            var to = Math.Min(text.Length, span.End + 40);
            var context = text[from..to].Replace('\n', ' ');
            output.WriteLine($"{kind}\t{file}\tdct={dct}\tgold=[{Describe(a.Gold, text)}]\tsys=[{Describe(a.System, text)}]\t{context}");
        }
    }

    private static string Describe(TimeMlTimex? t, string text) =>
        t is null ? "" : $"{text[t.Span.Start..t.Span.End].Replace('\n', ' ')}|{t.Type}|{t.Value}{(t.Mod is null ? "" : "|" + t.Mod)}";
}
