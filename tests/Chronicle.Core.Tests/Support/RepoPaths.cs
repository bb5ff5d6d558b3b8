namespace Chronicle.Core.Tests.Support;

/// <summary>Locates the repository and the shared data beside it (../shared) from the test binaries.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shared folder beside the repository: seeds, gold, TempEval-3, PolNeAR.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Seeds => Path.Combine(Shared, "seeds");

    public static string Gold => Path.Combine(Shared, "gold", "seeds.json");

    public static string Samples => Path.Combine(Root, "samples");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Chronicle.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Chronicle.slnx not found above " + AppContext.BaseDirectory);
    }
}
