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
        var expressions = 0;
        for (var w = 0; w < 3; w++)
        {
            expressions = Pass(corpus);
        }

        var runs = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            Pass(corpus);
            runs++;
        }

        var perPass = clock.Elapsed.TotalSeconds / runs;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"tool\":\"Chronicle TemporalTagger\",\"files\":{corpus.Docs.Count},\"bytes\":{corpus.Bytes},\"words\":{corpus.Words},\"expressions\":{expressions},\"secondsPerPass\":{perPass},\"mbPerSecond\":{corpus.Bytes / 1e6 / perPass},\"wordsPerSecond\":{corpus.Words / perPass},\"expressionsPerSecond\":{expressions / perPass}}}"));
    }

    private static int Pass(TempEvalTexts corpus)
    {
        var count = 0;
        foreach (var (text, published) in corpus.Docs)
        {
            count += TemporalTagger.Tag(text, published).Length;
        }

        return count;
    }
}
