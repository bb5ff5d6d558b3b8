using BenchmarkDotNet.Running;

namespace Chronicle.Bench;

/// <summary>
/// Benchmarks, one class a stage. Run all: <c>dotnet run -c Release --project bench/Chronicle.Bench -- --filter '*'</c>.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
