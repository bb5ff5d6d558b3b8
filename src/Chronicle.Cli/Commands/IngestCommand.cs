using System.CommandLine;
using Chronicle.Cli.Output;
using Chronicle.Core;
using Chronicle.Core.Reading;
using Chronicle.Store;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle ingest PATH...</c>: reads files and folders, runs the pipeline and stores each article
/// in its own transaction. A bad input is reported and skipped; the exit code says whether any failed.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders (read recursively); text or HTML, detected by content", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Db();
        var published = CommonOptions.Published();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No per-file progress lines" };
        var command = new Command("ingest", "Read articles, annotate them and store them in the database") { paths, db, published, quiet };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (!CommonOptions.TryGetPublished(parse.GetValue(published), error, out var given))
            {
                return ExitCodes.Usage;
            }

            var files = InputFiles.Expand(parse.GetValue(paths)!, out var missing);
            using var store = StoreOpener.Open(parse.GetValue(db)!, error);
            if (store is null)
            {
                return ExitCodes.Failed;
            }

            var reader = new ArticleReader(new ReadOptions(given));
            var pipeline = Pipeline.CreateDefault();
            var rows = new List<IngestRow>();
            rows.AddRange(missing.Select(m => new IngestRow(m, 0, 0, 0, "no such file or folder")));
            foreach (var m in missing)
            {
                error.WriteLine($"chronicle: {m}: no such file or folder");
            }

            var progress = new Progress(error, files.Count, parse.GetValue(quiet));
            foreach (var file in files)
            {
                var row = IngestOne(reader, pipeline, store, file);
                rows.Add(row);
                progress.Report(row);
            }

            // The story catches up with the articles just stored (and only those).
            store.SaveStory(store.LoadStory(), DateTimeOffset.UtcNow);

            IngestSummary.Print(rows, output);
            var failed = rows.Count(r => r.Error is not null);
            return failed == 0 ? ExitCodes.Ok : failed == rows.Count ? ExitCodes.Failed : ExitCodes.SomeFailed;
        });
        return command;
    }

    private static IngestRow IngestOne(ArticleReader reader, Pipeline pipeline, SqliteStore store, string file)
    {
        var result = reader.ReadFile(file);
        if (result.Error is { } reason)
        {
            return new IngestRow(file, 0, 0, 0, reason);
        }

        int added = 0, duplicates = 0;
        foreach (var article in result.Articles)
        {
            var doc = pipeline.Run(article);
            if (store.Save(doc, DateTimeOffset.UtcNow) == SaveOutcome.Added)
            {
                added++;
            }
            else
            {
                duplicates++;
            }
        }

        return new IngestRow(file, result.Articles.Length, added, duplicates, null);
    }

    /// <summary>One progress line a file on stderr, so stdout stays the summary table.</summary>
    private sealed class Progress(TextWriter error, int total, bool quiet)
    {
        private int _done;

        public void Report(IngestRow row)
        {
            _done++;
            if (row.Error is { } reason)
            {
                // Failures are never quiet: one line naming the file and the reason.
                error.WriteLine($"chronicle: {row.File}: {reason}");
            }
            else if (!quiet)
            {
                error.WriteLine($"[{_done}/{total}] {row.File}: {row.Articles} article(s), {row.Added} new, {row.Duplicates} already stored");
            }
        }
    }
}
