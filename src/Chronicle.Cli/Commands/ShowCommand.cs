using System.CommandLine;
using Chronicle.Cli.Output;
using Chronicle.Core.Contract;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle show ID</c>: one stored article's clean text and every annotation.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "Article id, or a unique prefix of it (see 'chronicle articles')" };
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var command = new Command("show", "Show a stored article: clean text, metadata and all annotations") { id, db, json };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            using var store = StoreOpener.Open(parse.GetValue(db)!, error, mustExist: true);
            if (store is null)
            {
                return ExitCodes.Failed;
            }

            var wanted = parse.GetValue(id)!;
            var article = store.Get(wanted);
            if (article is null)
            {
                error.WriteLine($"chronicle: no article with id '{wanted}' (or the prefix is ambiguous); see 'chronicle articles'");
                return ExitCodes.Failed;
            }

            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                output.WriteLine(ContractJson.Serialize(article));
            }
            else
            {
                AnnotationPrinter.Print(article, output);
                output.WriteLine("read from: " + string.Join(", ", store.SourcesOf(article.Id)));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
