namespace Vms.Host.Cli.Verbs;

/// <summary>Masks or PTZ in <c>vms probe</c>: supported or why not, and the items found ("Mask_1: Color, 4 points").</summary>
internal sealed record ProbeFeature(bool Supported, string? Reason, IReadOnlyList<string> Limits, IReadOnlyList<string> Items);
