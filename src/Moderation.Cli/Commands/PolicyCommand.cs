using System.CommandLine;

namespace Moderation.Cli.Commands;

/// <summary>The `policy` verb. Placeholder until its issue lands.</summary>
public static class PolicyCommand
{
    public static Command Create()
    {
        var command = new Command("policy", "Not implemented yet.");
        command.SetAction(int (_) => throw new CliException("'policy' is not implemented yet."));
        return command;
    }
}
