namespace Chronicle.Cli.Commands;

/// <summary>Expands command-line paths to the files to read, so progress can say "n of N".</summary>
internal static class InputFiles
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, out IReadOnlyList<string> missing)
    {
        var files = new List<string>();
        var absent = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };
                files.AddRange(Directory.EnumerateFiles(path, "*", options).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                absent.Add(path);
            }
        }

        missing = absent;
        return files;
    }
}
