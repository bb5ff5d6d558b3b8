using System.CommandLine;
using System.Diagnostics;
using Chronicle.Core.Time.TimeMl;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle timeml IN_DIR OUT_DIR</c>: tags every *.tml file of IN_DIR (TEXT's own markup removed,
/// the DCT as publication time) and writes same-named files with our TIMEX3 tags to OUT_DIR.
/// </summary>
internal static class TimeMlCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("IN_DIR") { Description = "Folder of TimeML files (*.tml, searched recursively)" };
        var output = new Argument<string>("OUT_DIR") { Description = "Folder for the tagged files (created; same relative names)" };
        var command = new Command("timeml", "Tag TimeML files with Chronicle's temporal expressions (TempEval-3 task A format)")
        {
            input, output,
        };
        command.SetAction(parse =>
        {
            var err = parse.InvocationConfiguration.Error;
            var inDir = parse.GetValue(input)!;
            var outDir = parse.GetValue(output)!;
            if (!Directory.Exists(inDir))
            {
                err.WriteLine($"chronicle: {inDir}: no such folder");
                return ExitCodes.Failed;
            }

            var files = TimeMlCorpus.Files(inDir);
            var clock = Stopwatch.StartNew();
            int done = 0, failed = 0;
            foreach (var file in files)
            {
                var relative = Path.GetRelativePath(inDir, file);
                string? result;
                string? reason;
                try
                {
                    result = TimeMlCorpus.Annotate(File.ReadAllText(file, TimeMlCorpus.Utf8), out reason);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    (result, reason) = (null, e.Message);
                }

                if (result is null)
                {
                    err.WriteLine($"chronicle: {file}: {reason}");
                    failed++;
                    continue;
                }

                var target = Path.Combine(outDir, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, result, TimeMlCorpus.Utf8);
                done++;
                if (done % 50 == 0 || done + failed == files.Count)
                {
                    err.WriteLine($"timeml: {done + failed}/{files.Count} files ({clock.Elapsed.TotalSeconds:0.0} s)");
                }
            }

            parse.InvocationConfiguration.Output.WriteLine($"tagged {done} files into {outDir}" + (failed > 0 ? $"; {failed} failed" : ""));
            return failed == 0 ? ExitCodes.Ok : done > 0 ? ExitCodes.SomeFailed : ExitCodes.Failed;
        });
        return command;
    }
}
