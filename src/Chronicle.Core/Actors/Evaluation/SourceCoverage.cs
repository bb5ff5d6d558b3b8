using System.Globalization;
using Chronicle.Core.Model;

namespace Chronicle.Core.Actors.Evaluation;

/// <summary>
/// A held-out check on text no one here wrote: of the attribution sources annotated in a brat corpus
/// (PolNeAR: <c>text/NAME.txt</c>, <c>attributions/NAME_ANNOTATOR.ann</c>, first annotator per article)
/// that are named (a capitalised word past the first, or one capitalised word; pronouns excluded), how
/// many does an actor mention overlap, and how many a curated actor. A recall proxy: PolNeAR annotates
/// sources, not actors.
/// </summary>
public static class SourceCoverage
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "their" };

    public sealed record Result(int Named, int Overlapped, int Curated)
    {
        public string Summary() => string.Format(CultureInfo.InvariantCulture,
            "named sources {0}: overlapped by an actor mention {1} ({2:0.000}), by a curated actor {3} ({4:0.000})",
            Named, Overlapped, Named == 0 ? 0 : (double)Overlapped / Named, Curated, Named == 0 ? 0 : (double)Curated / Named);
    }

    public static Result Run(string dir, ActorRecognizer recognizer, PublicationTime published)
    {
        int named = 0, overlapped = 0, curated = 0;
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ann in Directory.GetFiles(Path.Combine(dir, "attributions"), "*.ann").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(ann);
            name = name[..name.LastIndexOf('_')];
            var textPath = Path.Combine(dir, "text", name + ".txt");
            if (!done.Add(name) || !File.Exists(textPath))
            {
                continue;
            }

            var text = File.ReadAllText(textPath);
            var mentions = recognizer.Recognize(text, published);
            foreach (var line in File.ReadLines(ann))
            {
                var parts = line.Split('\t');
                if (parts.Length < 3 || !parts[1].StartsWith("Source ", StringComparison.Ordinal) || !IsNamed(parts[2]))
                {
                    continue;
                }

                var spans = parts[1]["Source ".Length..].Split(';').Select(s => s.Split(' ')).Select(p => new TextSpan(
                    int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture))).ToList();
                named++;
                var over = mentions.Where(m => spans.Any(s => s.Overlaps(m.Span))).ToList();
                overlapped += over.Count > 0 ? 1 : 0;
                curated += over.Any(m => !m.ActorId.StartsWith("new:", StringComparison.Ordinal)) ? 1 : 0;
            }
        }

        return new Result(named, overlapped, curated);
    }

    private static bool IsNamed(string source)
    {
        var words = source.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && !Pronouns.Contains(source.Trim()) &&
            words.Select((w, i) => (w, i)).Any(x => char.IsUpper(x.w[0]) && (x.i > 0 || words.Length == 1));
    }
}
