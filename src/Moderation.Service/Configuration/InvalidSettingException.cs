namespace Moderation.Service.Configuration;

/// <summary>A setting read outside the options system (a connection string) that cannot be used; the message names the setting
/// and says what a valid value looks like. A <see cref="FormatException"/>, as the value's format is what is wrong.</summary>
public sealed class InvalidSettingException(string message) : FormatException(message);
