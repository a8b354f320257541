namespace Vms.Host.Requisitions;

/// <summary>A stretch of recording that exists.</summary>
public sealed record SubjectSpan(string Stream, DateTimeOffset Start, DateTimeOffset End, long Segments);
