namespace Vms.Host.Cli;

/// <summary>A verb could not do its work (unreachable camera, bad credentials...): one line, exit code 1.</summary>
public sealed class VerbFailedException : Exception
{
    public VerbFailedException(string message)
        : base(message)
    {
    }

    public VerbFailedException()
    {
    }

    public VerbFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
