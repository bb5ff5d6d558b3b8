using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Chronicle.Core.Time;

namespace Chronicle.Bench;

/// <summary>
/// The temporal stage over the whole TempEval-3 text (TimeBank + AQUAINT, 256 documents), one
/// document after another on one core, with the sentences the segmenter stage gives it. Run: <c>dotnet run -c Release --project bench/Chronicle.Bench -- --filter '*TimeBenchmarks*'</c>.
/// The MB/s column is the plain text's UTF-8 size divided by the mean time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class TimeBenchmarks
{
    private static readonly Lazy<TempEvalTexts> Corpus = new(TempEvalTexts.Load);

    [Benchmark(Description = "TemporalTagger over TempEval-3")]
    public int TagTempEval()
    {
        var count = 0;
        var corpus = Corpus.Value;
        for (var i = 0; i < corpus.Docs.Count; i++)
        {
            count += TemporalTagger.Tag(corpus.Docs[i].Text, corpus.Docs[i].Published, corpus.Sentences[i]).Length;
        }

        return count;
    }

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new MegabytesPerSecondColumn());
    }

    private sealed class MegabytesPerSecondColumn : IColumn
    {
        public string Id => "MBps";

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Megabytes (10^6) of plain text tagged per second";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return mean is > 0 ? (Corpus.Value.Bytes / 1e6 / (mean.Value / 1e9)).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : "-";
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
