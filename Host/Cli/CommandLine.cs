namespace Vms.Host.Cli;

/// <summary>The <c>vms</c> command: dispatches verbs to the host's services.</summary>
public static class CommandLine
{
    public static Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        Console.Error.WriteLine("usage: vms <verb> [options]  (verbs arrive with the Host issue)");
        return Task.FromResult(2);
    }
}
