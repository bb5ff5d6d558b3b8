namespace Chronicle.Cli.Commands;

/// <summary>Process exit codes: scripts rely on them.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Some inputs failed; the rest were processed.</summary>
    public const int SomeFailed = 1;

    /// <summary>Bad command line (unknown option, invalid date).</summary>
    public const int Usage = 2;

    /// <summary>Nothing could be processed, or the database could not be opened.</summary>
    public const int Failed = 3;
}
