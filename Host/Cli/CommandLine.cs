namespace Vms.Host.Cli;

/// <summary>The <c>vms</c> command: finds the verb, runs it, turns failures into one line and an exit code.</summary>
public static class CommandLine
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    public static Task<int> RunAsync(string[] args) => RunAsync(args, CommandConsole.System, CancellationToken.None);

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CommandConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var verbs = Verbs();
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            await WriteUsageAsync(console.Error, verbs).ConfigureAwait(false);
            return args.Count == 0 ? Usage : Ok;
        }

        if (!verbs.TryGetValue(args[0], out var verb))
        {
            await console.Error.WriteLineAsync($"vms: unknown verb '{args[0]}' (vms --help lists them)").ConfigureAwait(false);
            return Usage;
        }

        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cts.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return await verb.RunAsync([.. args.Skip(1)], console, cts.Token).ConfigureAwait(false);
        }
        catch (CommandLineException e)
        {
            await console.Error.WriteLineAsync($"vms {verb.Name}: {e.Message}").ConfigureAwait(false);
            return Usage;
        }
        catch (VerbFailedException e)
        {
            await console.Error.WriteLineAsync($"vms {verb.Name}: {e.Message}").ConfigureAwait(false);
            return Failed;
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync($"vms {verb.Name}: cancelled").ConfigureAwait(false);
            return Failed;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    internal static Dictionary<string, IVerb> Verbs() =>
        typeof(CommandLine).Assembly.GetTypes()
            .Where(t => typeof(IVerb).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (IVerb)Activator.CreateInstance(t)!)
            .ToDictionary(v => v.Name, StringComparer.Ordinal);

    private static async Task WriteUsageAsync(TextWriter w, Dictionary<string, IVerb> verbs)
    {
        await w.WriteLineAsync("usage: vms <verb> [options]").ConfigureAwait(false);
        foreach (var v in verbs.Values.OrderBy(v => v.Name, StringComparer.Ordinal))
        {
            await w.WriteLineAsync($"  {v.Name,-14} {v.Summary}").ConfigureAwait(false);
        }
    }
}
