using System.CommandLine;

namespace Chronicle.Cli.Tests.Support;

/// <summary>The outcome of one in-process CLI invocation.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>Runs the real command tree in-process with captured output.</summary>
public static class CliRunner
{
    public static CliResult Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var config = new InvocationConfiguration { Output = output, Error = error };
        var code = Program.BuildRoot().Parse(args).Invoke(config);
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
