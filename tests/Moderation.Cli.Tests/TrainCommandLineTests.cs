using Moderation.Cli.Commands;

namespace Moderation.Cli.Tests;

public sealed class TrainCommandLineTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("train-command-").FullName;

    [Fact]
    public void The_model_card_names_the_corpora_relative_to_the_repository_so_the_command_works_in_any_clone()
    {
        var repository = Directory.CreateDirectory(Path.Combine(_root, "repo")).FullName;
        var corpus = Path.Combine(Directory.CreateDirectory(Path.Combine(_root, "shared", "data")).FullName, "re_dataset_train.csv");
        File.WriteAllText(corpus, "Tweet,HS\n");

        var command = TrainCommand.CommandLine(["moderation", "train", "--hate-speech", corpus, "--out", "models"], repository);

        command.Should().Be($"dotnet run --project src/Moderation.Cli -- train --hate-speech {Path.Combine("..", "shared", "data", "re_dataset_train.csv")} --out models");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
