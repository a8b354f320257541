using Vms.Host.Security;

namespace Vms.Host.Requisitions;

/// <summary>A requisition with who opened and closed it and the legal holds it placed (one per camera).</summary>
public sealed record StoredRequisition(Requisition Requisition, string OpenedBy, DateTimeOffset OpenedAt, string? ClosedBy, IReadOnlyList<long> HoldIds);
