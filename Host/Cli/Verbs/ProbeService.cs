namespace Vms.Host.Cli.Verbs;

/// <summary>One service line of <c>vms probe</c>.</summary>
internal sealed record ProbeService(string Namespace, string XAddr, string Version);
