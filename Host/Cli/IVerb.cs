namespace Vms.Host.Cli;

/// <summary>One verb of the <c>vms</c> command. Verbs are found by reflection: adding one is adding a class.</summary>
public interface IVerb
{
    /// <summary>The verb as typed (e.g. <c>run</c>, <c>discover</c>); a sub-verb group uses its first word.</summary>
    string Name { get; }

    /// <summary>One line for the usage text.</summary>
    string Summary { get; }

    /// <summary>Runs the verb; returns the exit code. Throws <see cref="CommandLineException"/> for usage errors
    /// and <see cref="VerbFailedException"/> for failures with a one-line reason.</summary>
    Task<int> RunAsync(IReadOnlyList<string> args, CommandConsole console, CancellationToken cancellationToken);
}
