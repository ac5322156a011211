namespace Moderation.Cli.Commands;

/// <summary>The one check every verb makes of a file it is given to read.</summary>
public static class CliFiles
{
    /// <summary>The file's full path, or a <see cref="CliException"/> saying it is missing or is a directory.</summary>
    /// <param name="what">How the message names it: "file", "policy file".</param>
    public static string Require(string path, string what = "file")
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            return full;
        }

        throw new CliException(Directory.Exists(full) ? $"{what} '{full}' is a directory, not a file." : $"{what} '{full}' does not exist.");
    }
}
