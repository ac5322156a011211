using System.CommandLine;
using Moderation.Policy;

namespace Moderation.Cli.Commands;

/// <summary>The `policy` verb: `policy check FILE` validates a policy file and prints every problem with its path.</summary>
public static class PolicyCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The policy JSON file to validate (e.g. models/policy.json)." };
        var check = new Command("check", "Validate a policy file: prints 'ok' and a summary, or every error with its JSON path (exit 1).") { file };
        check.SetAction(parse => Check(parse.GetValue(file)!, Console.Out, Console.Error));

        return new Command("policy", "Work with the declarative UU ITE policy file.") { check };
    }

    public static int Check(string path, TextWriter output, TextWriter errors)
    {
        CliFiles.Require(path, "policy file");
        var problems = ModerationPolicy.Validate(File.ReadAllText(path), out var policy);
        if (policy is null)
        {
            errors.WriteLine($"{path}: {problems.Count} error(s)");
            foreach (var problem in problems)
            {
                errors.WriteLine($"  {problem}");
            }

            return 1;
        }

        output.WriteLine($"ok: {path}, policy version {policy.Version}");
        foreach (var category in policy.Categories.OrderByDescending(c => c.Priority))
        {
            var reject = category.Reject is { } r ? $"reject >= {r:0.00}" : "never rejects";
            var signals = category.Signals.Count == 0 ? "moderators only" : string.Join(", ", category.Signals.Select(s => s.Signal));
            output.WriteLine($"  {Decisions.CategoryNames.ToWire(category.Category),-14} priority {category.Priority,3}  flag >= {category.Flag:0.00}  {reject,-15}  {category.Law ?? "(no article)"}  <- {signals}");
        }

        foreach (var section in policy.Sections)
        {
            output.WriteLine($"  section '{section}' has overrides");
        }

        output.WriteLine($"  campaign: {policy.Campaign.MinAuthors} authors within {policy.Campaign.WindowSeconds} s; velocity: more than {policy.Velocity.MaxComments} comments within {policy.Velocity.WindowSeconds} s");
        return 0;
    }
}
