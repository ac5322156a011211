using System.CommandLine;
using Moderation.Cli.Commands;

var root = new RootCommand("moderation: train, evaluate and run the comment-moderation model and policy.")
{
    TrainCommand.Create(),
    EvaluateCommand.Create(),
    ScoreCommand.Create(),
    PolicyCommand.Create(),
    LoadCommand.Create(),
    HashPasswordCommand.Create(),
    ExportLabelsCommand.Create(),
    SuiteCommand.Create(),
};

return await CliRunner.RunAsync(root, args);
