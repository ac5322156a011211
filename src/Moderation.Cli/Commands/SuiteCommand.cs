using System.CommandLine;
using System.Text;
using Moderation.Training.Suites;
using Moderation.Training.Suites.Templates;

namespace Moderation.Cli.Commands;

/// <summary>The `suite` verb: `suite expand --templates DIR --out FILE` turns a functional suite's hand-written templates into
/// the JSON lines of cases that `evaluate --data` reads.</summary>
public static class SuiteCommand
{
    public static Command Create()
    {
        var templates = new Option<DirectoryInfo>("--templates")
        {
            Description = $"The suite's source: {SuiteSourceReader.SuiteFile}, {SuiteSourceReader.FillersFile} and {SuiteSourceReader.TemplatesFolder}/*.yaml (e.g. tests/Suites/hate-functional).",
            Required = true,
        };
        var output = new Option<FileInfo>("--out") { Description = "The JSON-lines file of cases to write (e.g. tests/Suites/hate-functional/cases.jsonl).", Required = true };
        var expand = new Command("expand", "Expand a suite's templates into its cases, the same cases every time, and say how many land in each half.") { templates, output };
        expand.SetAction(parse => Expand(parse.GetValue(templates)!.FullName, parse.GetValue(output)!.FullName, Console.Out));

        return new Command("suite", "Work with a functional test suite's templates.") { expand };
    }

    public static int Expand(string directory, string outFile, TextWriter report)
    {
        var source = SuiteSourceReader.Read(directory);
        var cases = SuiteTemplates.Expand(source);
        using (var writer = new StreamWriter(outFile, append: false, new UTF8Encoding(false)))
        {
            SuiteWriter.Write(writer, cases);
        }

        report.WriteLine($"{cases.Count} cases from {source.Templates.Count} templates written to {outFile}");
        foreach (var half in cases.GroupBy(c => c.Half).OrderBy(g => g.Key))
        {
            var held = half.Count(c => c.Expect == Expectation.Held);
            var templateCount = half.Select(c => c.Template).Distinct().Count();
            report.WriteLine($"  {half.Key.ToString().ToLowerInvariant(),-6} {half.Count(),5} cases from {templateCount,3} templates, {held} to be held ({(double)held / half.Count():P0})");
        }

        return 0;
    }
}
