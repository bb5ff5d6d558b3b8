using BenchmarkDotNet.Running;

namespace Chronicle.Bench;

/// <summary>
/// Benchmarks, one class a stage. Run all: <c>dotnet run -c Release --project bench/Chronicle.Bench -- --filter '*'</c>.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        // "time-throughput [SECONDS]": the stopwatch run that bench/time-vs-chrono.sh compares with chrono-node.
        if (args.Length > 0 && args[0] == "time-throughput")
        {
            TimeThroughput.Run(args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
