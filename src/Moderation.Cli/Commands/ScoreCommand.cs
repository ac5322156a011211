using System.CommandLine;

namespace Moderation.Cli.Commands;

/// <summary>The `score` verb. Placeholder until its issue lands.</summary>
public static class ScoreCommand
{
    public static Command Create()
    {
        var command = new Command("score", "Not implemented yet.");
        command.SetAction(int (_) => throw new CliException("'score' is not implemented yet."));
        return command;
    }
}
