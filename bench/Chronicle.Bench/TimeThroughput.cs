using System.Diagnostics;
using System.Globalization;
using Chronicle.Core.Time;

namespace Chronicle.Bench;

/// <summary>
/// A plain stopwatch measurement of the temporal stage for <c>bench/time-vs-chrono.sh</c>: warm-up
/// passes, then whole passes over the TempEval-3 text for a few seconds on one thread; prints one
/// JSON line in the same shape as bench/chrono/chrono-bench.mjs.
/// </summary>
public static class TimeThroughput
{
    public static void Run(double seconds)
    {
        var corpus = TempEvalTexts.Load();

        // Warm-up long enough for tiered compilation to reach optimised code (background JIT would
        // otherwise be counted in the CPU time of the first measurement).
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 3)
        {
            Pass(corpus, withSegmenter: false);
            Pass(corpus, withSegmenter: true);
        }

        Measure("Chronicle TemporalTagger", corpus, seconds, withSegmenter: false);
        Measure("Chronicle segment+time", corpus, seconds, withSegmenter: true);
    }

    private static void Measure(string tool, TempEvalTexts corpus, double seconds, bool withSegmenter)
    {
        var expressions = Pass(corpus, withSegmenter);

        var runs = 0;
        var process = Process.GetCurrentProcess();
        var cpuStart = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            Pass(corpus, withSegmenter);
            runs++;
        }

        var wallPerPass = clock.Elapsed.TotalSeconds / runs;
        process.Refresh();

        // Per core = per CPU-second actually spent (the machine is shared; wall time would count waiting).
        var perPass = (process.TotalProcessorTime - cpuStart).TotalSeconds / runs;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"tool\":\"{tool}\",\"files\":{corpus.Docs.Count},\"bytes\":{corpus.Bytes},\"words\":{corpus.Words},\"expressions\":{expressions},\"cpuSecondsPerPass\":{perPass},\"wallMbPerSecond\":{corpus.Bytes / 1e6 / wallPerPass},\"mbPerSecond\":{corpus.Bytes / 1e6 / perPass},\"wordsPerSecond\":{corpus.Words / perPass},\"expressionsPerSecond\":{expressions / perPass}}}"));
    }

    private static int Pass(TempEvalTexts corpus, bool withSegmenter)
    {
        var count = 0;
        for (var i = 0; i < corpus.Docs.Count; i++)
        {
            var (text, published) = corpus.Docs[i];
            count += (withSegmenter ? TemporalTagger.Tag(text, published) : TemporalTagger.Tag(text, published, corpus.Sentences[i])).Length;
        }

        return count;
    }
}
