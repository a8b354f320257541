namespace Vms.Host.Cli.Verbs;

/// <summary>What <c>vms probe rtsp://…</c> learnt from pulling a stream for a few seconds.</summary>
internal sealed record RtspProbeReport(string Url, string Transport, double Seconds, IReadOnlyList<RtspProbeTrack> Tracks);
