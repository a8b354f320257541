using Vms.Host.Security;

namespace Vms.Host.Exports;

/// <summary>An export asked by <paramref name="User"/> of one camera stream over [From, To) under requisition <paramref name="Requisition"/>, into <paramref name="Folder"/>.</summary>
public sealed record SignedExportRequest(string User, CameraRef Camera, string Stream, DateTimeOffset From, DateTimeOffset To, string Requisition, string Folder, string? ClientAddress = null);
