using System.Diagnostics;
using System.Text;
using Chronicle.Core.Reading;

namespace Chronicle.Core.Tests.Reading;

/// <summary>
/// Every kind of bad input gets one failure naming the file and the reason, and the rest of the
/// batch is still read.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private const string Good = "Harbour reopens after strike\nThe harbour authority said on Monday that the northern quay would reopen to ships next month.\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("chronicle-read-").FullName;

    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFiles(_dir, "*", SearchOption.AllDirectories))
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        Directory.Delete(_dir, recursive: true);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    private static ReadResult Read(string path, ReadOptions? options = null) => new ArticleReader(options ?? new ReadOptions()).ReadFile(path);

    [Fact]
    public void An_empty_file_is_refused()
    {
        var result = Read(Write("empty.txt", []));
        Assert.Equal("file is empty", result.Error);
        Assert.EndsWith("empty.txt", result.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_white_space_is_refused()
    {
        Assert.Equal("file holds only whitespace", Read(Write("blank.txt", " \n\t\n")).Error);
    }

    [Fact]
    public void A_png_is_refused_as_binary_whatever_its_name()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];
        Assert.Equal("binary content (PNG image), not text or HTML", Read(Write("photo.txt", png)).Error);
    }

    [Fact]
    public void Unknown_binary_with_nul_bytes_is_refused()
    {
        Assert.Equal("binary content (NUL bytes), not text or HTML", Read(Write("blob.html", [1, 2, 0, 3, 4])).Error);
    }

    /// <summary>
    /// Decision: a page over <see cref="ReadOptions.MaxBytes"/> (16 MB) is refused, not processed —
    /// no news page is that long, and such a file is a dump that needs splitting. The size is checked
    /// before the file is opened, so the refusal is immediate.
    /// </summary>
    [Fact]
    public void A_50_MB_text_file_is_refused_at_once_with_its_size()
    {
        var path = Path.Combine(_dir, "huge.txt");
        using (var big = File.Create(path))
        {
            big.Write(Encoding.ASCII.GetBytes("Harbour reopens after strike\n"));
            big.SetLength(50L * 1024 * 1024);
        }

        var clock = Stopwatch.StartNew();
        var result = Read(path);

        Assert.Equal("file is 50.0 MB, over the 16 MB limit for one page (split it, or raise the limit)", result.Error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_large_text_under_the_limit_is_cleaned_in_linear_time()
    {
        var paragraph = "The harbour authority said on Monday that the northern quay would reopen to ships next month, officials said.\n";
        var text = "Harbour reopens after strike\n" + string.Concat(Enumerable.Range(0, 40_000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + paragraph));
        var clock = Stopwatch.StartNew();

        var result = new ArticleReader(new ReadOptions()).ReadBytes("big.txt", Encoding.UTF8.GetBytes(text));

        Assert.Null(result.Error);
        Assert.Equal(40_000, result.Articles[0].Text.Split('\n').Length);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Windows_1252_is_decoded_with_curly_quotes_and_dashes_right()
    {
        var bytes = new List<byte>(Encoding.ASCII.GetBytes("Harbour reopens after strike\nThe mayor said "));
        bytes.AddRange([0x93, (byte)'s', (byte)'o', (byte)'o', (byte)'n', 0x94, (byte)' ', 0x96, (byte)' ']);
        bytes.AddRange(Encoding.ASCII.GetBytes("and the port agreed with her on Monday evening.\n"));

        var result = Read(Write("legacy.txt", [.. bytes]));

        Assert.Null(result.Error);
        Assert.Equal("The mayor said \u201Csoon\u201D \u2013 and the port agreed with her on Monday evening.", result.Articles[0].Text);
    }

    [Fact]
    public void Utf8_with_a_byte_order_mark_is_read_without_it()
    {
        var result = Read(Write("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Good)]));
        Assert.Equal("Harbour reopens after strike", result.Articles[0].Title);
    }

    [Fact]
    public void Html_without_a_body_is_refused()
    {
        var result = Read(Write("nobody.html", "<html><head><title>Harbour reopens</title></head></html>"));
        Assert.Equal("HTML page has no body text", result.Error);
    }

    [Fact]
    public void Html_whose_body_is_only_navigation_has_no_article()
    {
        var result = Read(Write("menu.html", "<html><body><nav><ul><li>Home</li><li>News</li></ul></nav><div>Contact Us</div></body></html>"));
        Assert.StartsWith("no article text found", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_html_is_repaired_and_read()
    {
        const string html = "<html><head><title>Harbour reopens after strike</title><body><div><p>The harbour authority said on Monday that the northern quay would reopen <b>to ships next month.<p>Dock workers ended a three-week strike after the port agreed to raise night-shift pay.</div></span>";
        var result = Read(Write("broken.html", html));
        Assert.Null(result.Error);
        Assert.Equal("Harbour reopens after strike", result.Articles[0].Title);
        Assert.Equal(
            "The harbour authority said on Monday that the northern quay would reopen to ships next month.\n" +
            "Dock workers ended a three-week strike after the port agreed to raise night-shift pay.",
            result.Articles[0].Text);
    }

    [Fact]
    public void A_path_that_does_not_exist_is_reported()
    {
        var result = new ArticleReader(new ReadOptions()).Read([Path.Combine(_dir, "missing.txt")]).Single();
        Assert.Equal("no such file or folder", result.Error);
        Assert.EndsWith("missing.txt", result.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_sentences_is_reported()
    {
        Assert.StartsWith("no article text found", Read(Write("menu.txt", "Home\nNews\nSports\n")).Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// chmod 000 stops reads only for ordinary users; these tests often run as root, which reads
    /// anything. Then the same failure is produced through the reader's file-opening seam, so the
    /// error path is still exercised — and the real chmod is checked whenever we are not root.
    /// </summary>
    [Fact]
    public void An_unreadable_file_in_a_folder_is_reported_and_the_rest_is_read()
    {
        Write("folder/a-good.txt", Good);
        var locked = Write("folder/b-locked.txt", Good.Replace("Monday", "Tuesday", StringComparison.Ordinal));
        Write("folder/sub/c-good.txt", Good.Replace("Monday", "Friday", StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(locked, UnixFileMode.None);
        }

        var reader = Environment.IsPrivilegedProcess || OperatingSystem.IsWindows()
            ? new ArticleReader(new ReadOptions(), path => path == locked ? throw new UnauthorizedAccessException("Access denied") : File.OpenRead(path))
            : new ArticleReader(new ReadOptions());

        var results = reader.Read([Path.Combine(_dir, "folder")]).ToList();

        Assert.Equal(["a-good.txt", "b-locked.txt", "c-good.txt"], results.Select(r => Path.GetFileName(r.Source)));
        Assert.Equal([null, "cannot be read: permission denied", null], results.Select(r => r.Error));
    }

    [Fact]
    public void Hidden_files_in_a_folder_are_skipped()
    {
        Write("folder/.DS_Store", [0, 0, 0, 1]);
        Write("folder/a.txt", Good);
        var results = new ArticleReader(new ReadOptions()).Read([Path.Combine(_dir, "folder")]).ToList();
        Assert.Equal("a.txt", Path.GetFileName(Assert.Single(results).Source));
    }

    [Fact]
    public async Task A_named_pipe_in_a_folder_does_not_block_the_batch()
    {
        Write("folder/a.txt", Good);
        var fifo = Path.Combine(_dir, "folder", "pipe");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", fifo) { UseShellExecute = false }))
        {
            mkfifo!.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var read = Task.Run(() => new ArticleReader(new ReadOptions()).Read([Path.Combine(_dir, "folder")]).ToList());

        var first = await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(20)));
        Assert.True(ReferenceEquals(read, first), "reading a folder with a pipe hung");
        Assert.Equal([null, "file is empty"], (await read).Select(r => r.Error));
    }

    [Fact]
    public void A_bad_file_does_not_stop_the_files_after_it()
    {
        var results = new ArticleReader(new ReadOptions()).Read([Write("1-empty.txt", []), Path.Combine(_dir, "2-missing.txt"), Write("3-good.txt", Good)]).ToList();
        Assert.Equal(3, results.Count);
        Assert.True(results[0].Failed && results[1].Failed && !results[2].Failed);
    }

    [Fact]
    public void Text_decoded_twice_by_an_earlier_tool_is_repaired_when_read()
    {
        var broken = "Harbour reopens after strike\nPresident Fran\u00C3\u0083\u00C2\u00A7ois Marchal said on Monday that the northern quay would reopen to ships next month.\n";
        var result = Read(Write("mojibake.txt", broken));
        Assert.Null(result.Error);
        Assert.Contains("François Marchal", result.Articles.Single().Text, StringComparison.Ordinal);
    }
}
