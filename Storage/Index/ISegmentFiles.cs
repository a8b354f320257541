namespace Vms.Storage.Index;

/// <summary>The segment files on the storage roots, as rebuild, reconcile, retention and export see them.</summary>
public interface ISegmentFiles
{
    IReadOnlyList<StorageRoot> Roots { get; }

    /// <summary>The absolute path of a segment; throws <see cref="ArgumentException"/> for an unknown root or a path escaping it.</summary>
    string FullPath(string root, string relativePath);

    /// <summary>Relative paths ('/'-separated) of every segment file (<c>*.mp4</c>) below the root, lazily.</summary>
    IEnumerable<string> Enumerate(string root);

    /// <summary>The cameras that have a folder (first path level, an escaped camera id) on the root.</summary>
    IEnumerable<string> Cameras(string root);

    /// <summary>Relative paths of the segment files in one camera's folder, lazily.</summary>
    IEnumerable<string> Enumerate(string root, string cameraId);

    /// <summary>The file's length, or null when it does not exist.</summary>
    long? Length(string root, string relativePath);

    /// <summary>Deletes a segment file (and the folders it leaves empty); false when it was already absent.</summary>
    Task<bool> DeleteAsync(string root, string relativePath, CancellationToken cancellationToken);

    /// <summary>Free bytes of the root's volume, or null when unknown.</summary>
    long? FreeBytes(string root);
}
