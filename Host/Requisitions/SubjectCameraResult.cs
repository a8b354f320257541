namespace Vms.Host.Requisitions;

/// <summary>One camera's part of a subject-request report.</summary>
public sealed record SubjectCameraResult(string CameraId, IReadOnlyList<SubjectSpan> Recorded, IReadOnlyList<SubjectDestruction> Destroyed);
