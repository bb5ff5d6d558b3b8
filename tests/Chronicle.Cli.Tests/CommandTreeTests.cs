using System.CommandLine;

namespace Chronicle.Cli.Tests;

/// <summary>Conventions of the command tree: unique names, a description on every command and option.</summary>
public sealed class CommandTreeTests
{
    [Fact]
    public void Every_command_has_a_unique_name_and_explains_itself()
    {
        var root = Program.BuildRoot();
        Assert.Equal(root.Subcommands.Count, root.Subcommands.Select(c => c.Name).Distinct().Count());
        foreach (var command in root.Subcommands)
        {
            Assert.False(string.IsNullOrWhiteSpace(command.Description), command.Name + " has no description");
            foreach (var option in command.Options.Where(o => !o.Name.StartsWith("--help", StringComparison.Ordinal) && o.Name != "-?"))
            {
                Assert.False(string.IsNullOrWhiteSpace(option.Description), $"{command.Name} {option.Name} has no description");
            }
        }
    }
}
