namespace Moderation.Cli.Commands;

/// <summary>Finds the model directory: --model DIR, else $MODERATION_MODEL_DIR, else models/ of the repository the CLI runs in.</summary>
public static class ModelLocation
{
    public const string EnvironmentVariable = "MODERATION_MODEL_DIR";

    public static string Resolve(string? explicitDirectory)
    {
        var directory = explicitDirectory ?? Environment.GetEnvironmentVariable(EnvironmentVariable) ?? FindRepositoryModels();
        if (directory is null)
        {
            throw new CliException($"no model directory: pass --model DIR, set {EnvironmentVariable}, or run inside the repository (which has models/).");
        }

        if (!Directory.Exists(directory))
        {
            throw new CliException($"model directory '{directory}' does not exist.");
        }

        return Path.GetFullPath(directory);
    }

    private static string? FindRepositoryModels()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Moderation.sln")) && Directory.Exists(Path.Combine(dir.FullName, "models")))
            {
                return Path.Combine(dir.FullName, "models");
            }
        }

        return null;
    }
}
