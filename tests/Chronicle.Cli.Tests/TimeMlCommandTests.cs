using System.CommandLine;
using System.Text.RegularExpressions;

namespace Chronicle.Cli.Tests;

public sealed class TimeMlCommandTests : IDisposable
{
    private const string Doc =
        "<?xml version=\"1.0\" ?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2021-04-15\">2021-04-15</TIMEX3></DCT>\n" +
        "<TEXT>\nThe militia &amp; its allies <EVENT eid=\"e1\">attacked</EVENT> the base <TIMEX3 tid=\"t1\" type=\"TIME\" value=\"2021-04-14TNI\">Wednesday night</TIMEX3>.\n" +
        "Talks resume <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2021-W16\">next week</TIMEX3>.\n</TEXT>\n</TimeML>\n";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "chronicle-timeml-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Timeml_writes_tagged_files_whose_text_is_unchanged_and_score_reads_them()
    {
        var input = Path.Combine(_root, "in", "sub");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "a.tml"), Doc);
        var output = Path.Combine(_root, "out");

        var (code, stdout, _) = Run("timeml", Path.Combine(_root, "in"), output);
        Assert.Equal(0, code);
        Assert.Contains("tagged 1 files", stdout, StringComparison.Ordinal);

        var written = File.ReadAllText(Path.Combine(output, "sub", "a.tml"));
        Assert.Equal(AllTagsInText().Replace(Doc, ""), AllTagsInText().Replace(written, ""));
        Assert.Contains(">Wednesday night</TIMEX3>", written, StringComparison.Ordinal);

        var (scoreCode, table, _) = Run("timeml-score", Path.Combine(_root, "in"), output);
        Assert.Equal(0, scoreCode);
        Assert.Contains("1 files, 2 gold TIMEX3, 2 system TIMEX3", table, StringComparison.Ordinal);
        Assert.Matches(@"value\s+1\.0000\s+1\.0000\s+1\.0000", table);
    }

    [Fact]
    public void Missing_input_folder_is_a_clear_error()
    {
        var (code, _, stderr) = Run("timeml", Path.Combine(_root, "nope"), Path.Combine(_root, "out"));
        Assert.NotEqual(0, code);
        Assert.Contains("no such folder", stderr, StringComparison.Ordinal);
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Program.BuildRoot().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    // Markup inside TEXT (our TIMEX3 and the gold's EVENT/TIMEX3) removed; the DCT's tag outside TEXT stays.
    private static Regex AllTagsInText() => InTextTags;

    private static readonly Regex InTextTags = new("(?<=<TEXT>[\\s\\S]*)</?(TIMEX3|EVENT)[^>]*>(?=[\\s\\S]*</TEXT>)", RegexOptions.None, TimeSpan.FromSeconds(1));
}
