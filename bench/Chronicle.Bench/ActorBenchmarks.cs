using System.Globalization;
using BenchmarkDotNet.Attributes;
using Chronicle.Core.Actors;
using Chronicle.Core.Actors.Catalog;
using Chronicle.Core.Model;

namespace Chronicle.Bench;

/// <summary>
/// Throughput of the actors stage on the seeds' text repeated to about 10 MB (each seed file one
/// document, as the stage sees articles). Single-threaded, so the result is per core: words per second =
/// the word count printed at setup divided by the mean time.
/// </summary>
[MemoryDiagnoser]
public class ActorBenchmarks
{
    private const int TargetChars = 10 * 1024 * 1024;

    private string[] _documents = [];
    private ActorRecognizer _recognizer = null!;
    private readonly PublicationTime _published = new("2024-09-07", DatePrecision.Day, PublicationOrigin.Given);

    [GlobalSetup]
    public void Setup()
    {
        var root = BenchPaths.RepoRoot();
        _recognizer = new ActorRecognizer(ActorCatalog.Load(Path.Combine(root, "data", ActorCatalog.DefaultFileName)));
        var seeds = Directory.GetFiles(Path.Combine(root, "..", "shared", "seeds")).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var docs = new List<string>();
        var chars = 0L;
        while (chars < TargetChars)
        {
            foreach (var s in seeds)
            {
                docs.Add(s);
                chars += s.Length;
            }
        }

        _documents = [.. docs];
        var words = _documents.Sum(d => d.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// actors corpus: {_documents.Length} documents, {chars / 1e6:0.00} M chars, {words} words"));
    }

    [Benchmark]
    public int RecognizeTenMegabytes()
    {
        var n = 0;
        foreach (var d in _documents)
        {
            n += _recognizer.Recognize(d, _published).Length;
        }

        return n;
    }
}
