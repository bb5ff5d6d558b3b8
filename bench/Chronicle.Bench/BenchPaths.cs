namespace Chronicle.Bench;

/// <summary>Finds the repository (and ../shared beside it) from the benchmark binaries.</summary>
internal static class BenchPaths
{
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Chronicle.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Chronicle.slnx not found above " + AppContext.BaseDirectory);
    }
}
