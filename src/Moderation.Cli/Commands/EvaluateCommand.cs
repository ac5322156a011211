using System.CommandLine;

namespace Moderation.Cli.Commands;

/// <summary>The `evaluate` verb. Placeholder until its issue lands.</summary>
public static class EvaluateCommand
{
    public static Command Create()
    {
        var command = new Command("evaluate", "Not implemented yet.");
        command.SetAction(int (_) => throw new CliException("'evaluate' is not implemented yet."));
        return command;
    }
}
