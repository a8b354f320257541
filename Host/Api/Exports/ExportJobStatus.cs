namespace Vms.Host.Api.Exports;

/// <summary>The states of an export job, as the API writes them.</summary>
internal static class ExportJobStatus
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Done = "done";
    public const string Failed = "failed";
}
