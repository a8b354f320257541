namespace Vms.Host.Cli;

/// <summary>Where a verb writes: standard output for results, standard error for diagnostics.</summary>
public sealed record CommandConsole(TextWriter Out, TextWriter Error)
{
    public static CommandConsole System { get; } = new(Console.Out, Console.Error);
}
