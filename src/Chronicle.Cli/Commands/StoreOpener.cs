using Chronicle.Store;
using Microsoft.Data.Sqlite;

namespace Chronicle.Cli.Commands;

/// <summary>Opens the database for a command, turning failures into one clear line.</summary>
internal static class StoreOpener
{
    public static SqliteStore? Open(string path, TextWriter error, bool mustExist = false)
    {
        if (mustExist && !File.Exists(path))
        {
            error.WriteLine($"chronicle: {path}: no database here yet; run 'chronicle ingest PATH' first (or pass --db FILE)");
            return null;
        }

        try
        {
            return SqliteStore.Open(path);
        }
        catch (Exception e) when (e is SqliteException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"chronicle: {path}: cannot open database: {e.Message}");
            return null;
        }
    }
}
