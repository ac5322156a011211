using System.CommandLine;
using System.Text;
using Moderation.Formats;

namespace Moderation.Cli.Commands;

/// <summary>The `hash-password` verb: prints the hash to put in Review:Accounts:N:PasswordHash. The password is read from
/// standard input (typed without echo on a terminal), so it never lands in the shell history.</summary>
public static class HashPasswordCommand
{
    public const int MinimumLength = 10;

    public static Command Create()
    {
        var command = new Command("hash-password", "Read a moderator's password from standard input and print its hash for Review__Accounts__N__PasswordHash.");
        command.SetAction(int (_) =>
        {
            var password = Console.IsInputRedirected ? Console.In.ReadLine() : ReadHidden();
            if (password is null || password.Length < MinimumLength)
            {
                throw new CliException($"the password must have at least {MinimumLength} characters.");
            }

            Console.Out.WriteLine(ModeratorPassword.Hash(password));
            return 0;
        });
        return command;
    }

    private static string ReadHidden()
    {
        Console.Error.Write("Kata sandi: ");
        var password = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return password.ToString();
    }
}
