namespace Vms.Host.Requisitions;

/// <summary>What opening a requisition needs (API body and CLI options).</summary>
public sealed record RequisitionDraft(
    string Reference,
    string Authority,
    DateOnly IssuedOn,
    IReadOnlyList<string> Cameras,
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<string> Agents,
    DateTimeOffset ExpiresAt);
