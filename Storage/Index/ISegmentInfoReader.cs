using Vms.Storage.Segments;

namespace Vms.Storage.Index;

/// <summary>Reads what a segment file says about itself (its metadata box and fragments): what rebuild and reconcile index.</summary>
public interface ISegmentInfoReader
{
    /// <summary>The segment's metadata; throws <see cref="InvalidDataException"/> (or a format exception) for an unreadable file.</summary>
    Task<SegmentInfo> ReadAsync(string root, string relativePath, CancellationToken cancellationToken);
}
