using System.CommandLine;
using Chronicle.Core.Model;

namespace Chronicle.Cli.Commands;

/// <summary>Options shared by several commands, built fresh for each (an option belongs to one command).</summary>
internal static class CommonOptions
{
    public static Option<string> Db() => new("--db")
    {
        Description = "SQLite database file (created on first use)",
        DefaultValueFactory = _ => "chronicle.db",
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON (the contract of DESIGN.md) instead of a table" };

    public static Option<string?> Published() => new("--published")
    {
        Description = "Publication date of the input(s) when the page does not state it: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM",
    };

    /// <summary>Parses --published; writes the error and returns false when it is not a real date.</summary>
    public static bool TryGetPublished(string? raw, TextWriter error, out PublicationTime? published)
    {
        published = null;
        if (raw is null)
        {
            return true;
        }

        if (GivenDate.TryParse(raw, out var parsed, out var message))
        {
            published = parsed;
            return true;
        }

        error.WriteLine("chronicle: --published: " + message);
        return false;
    }
}
