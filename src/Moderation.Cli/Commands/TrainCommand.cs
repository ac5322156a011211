using System.CommandLine;

namespace Moderation.Cli.Commands;

/// <summary>The `train` verb. Placeholder until its issue lands.</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Not implemented yet.");
        command.SetAction(int (_) => throw new CliException("'train' is not implemented yet."));
        return command;
    }
}
