using System.Text.Json;
using Chronicle.Cli.Tests.Support;

namespace Chronicle.Cli.Tests;

/// <summary>`chronicle annotate --json` prints the JSON contract of DESIGN.md.</summary>
public sealed class AnnotateCommandTests
{
    [Fact]
    public void Json_output_uses_the_contract_names_for_every_seed()
    {
        foreach (var seed in Directory.EnumerateFiles(RepoPaths.Seeds))
        {
            var result = CliRunner.Run("annotate", seed, "--json");
            Assert.Equal(0, result.ExitCode);
            using var doc = JsonDocument.Parse(result.Output);
            foreach (var article in doc.RootElement.EnumerateArray())
            {
                foreach (var name in new[] { "id", "published", "text", "times", "actors", "quotes", "events", "claims", "commitments" })
                {
                    Assert.True(article.TryGetProperty(name, out _), $"{Path.GetFileName(seed)}: missing '{name}'");
                }

                Assert.True(article.GetProperty("published").TryGetProperty("origin", out _));
                var text = article.GetProperty("text").GetString()!;
                foreach (var s in article.GetProperty("sentences").EnumerateArray())
                {
                    var start = s.GetProperty("start").GetInt32();
                    var end = s.GetProperty("end").GetInt32();
                    Assert.InRange(start, 0, end);
                    Assert.InRange(end, start, text.Length);
                }
            }
        }
    }

    [Fact]
    public void A_missing_file_is_one_clear_line_and_exit_code_3()
    {
        var result = CliRunner.Run("annotate", "/no/such/file.html", "--json");
        Assert.Equal(3, result.ExitCode);
        Assert.Equal("chronicle: /no/such/file.html: no such file or folder", result.Error.Trim());
    }
}
