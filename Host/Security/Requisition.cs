namespace Vms.Host.Security;

/// <summary>
/// A judicial requisition (case): the only thing that opens recordings to playback and export. It names
/// the cameras, the time window, and the agents allowed; opening it places a legal hold on that range.
/// </summary>
/// <param name="Reference">The case reference as issued (e.g. a procès-verbal number).</param>
/// <param name="Authority">Who issued it (court, prosecutor, police service).</param>
/// <param name="IssuedOn">Date of the requisition.</param>
/// <param name="CameraIds">Cameras it covers.</param>
/// <param name="From">Start of the requested recordings (UTC).</param>
/// <param name="To">End of the requested recordings (UTC).</param>
/// <param name="Agents">Login names of the agents allowed to view and export.</param>
/// <param name="ExpiresAt">After this instant the requisition no longer opens anything.</param>
/// <param name="ClosedAt">Set when the case is closed (hold released).</param>
public sealed record Requisition(
    long Id,
    string Reference,
    string Authority,
    DateOnly IssuedOn,
    IReadOnlySet<string> CameraIds,
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlySet<string> Agents,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? ClosedAt)
{
    public bool IsOpenAt(DateTimeOffset now) => ClosedAt is null && now < ExpiresAt;

    /// <summary>True when this requisition lets <paramref name="user"/> reach <paramref name="cameraId"/> over [from, to) at <paramref name="now"/>.</summary>
    public bool Covers(string user, string cameraId, DateTimeOffset from, DateTimeOffset to, DateTimeOffset now) =>
        IsOpenAt(now) && Agents.Contains(user) && CameraIds.Contains(cameraId) && from >= From && to <= To && from <= to;
}
