using System.CommandLine;
using Chronicle.Cli.Output;
using Chronicle.Core;
using Chronicle.Core.Contract;
using Chronicle.Core.Reading;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle annotate FILE</c>: runs the whole pipeline on one input without storing anything and
/// prints every annotation. The workhorse of tests and evaluation.
/// </summary>
internal static class AnnotateCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "A text or HTML file (one page may hold several articles)" };
        var published = CommonOptions.Published();
        var json = CommonOptions.Json();
        var command = new Command("annotate", "Run the whole pipeline on one file without storing it and print every annotation")
        {
            file, published, json,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (!CommonOptions.TryGetPublished(parse.GetValue(published), error, out var given))
            {
                return ExitCodes.Usage;
            }

            var result = new ArticleReader(new ReadOptions(given)).ReadFile(parse.GetValue(file)!);
            if (result.Error is { } reason)
            {
                error.WriteLine($"chronicle: {result.Source}: {reason}");
                return ExitCodes.Failed;
            }

            var pipeline = Pipeline.CreateDefault();
            var docs = result.Articles.Select(a => ContractMapper.ToDto(pipeline.Run(a))).ToList();
            if (parse.GetValue(json))
            {
                output.WriteLine(ContractJson.Serialize(docs));
            }
            else
            {
                foreach (var doc in docs)
                {
                    AnnotationPrinter.Print(doc, output);
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
