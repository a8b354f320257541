namespace Vms.Host.Cli.Verbs;

/// <summary>A profile's stream pulled by <c>vms probe --streams</c>: the measurement, or why it failed.</summary>
internal sealed record ProbeStream(string Profile, RtspProbeReport? Report, string? Error);
