using Vms.Storage.Index;

namespace Vms.Bench.Storage;

/// <summary>Storage roots without files: the retention benchmark measures the index and journal side only.</summary>
internal sealed class NoFiles(string root) : ISegmentFiles
{
    public IReadOnlyList<StorageRoot> Roots { get; } = [new StorageRoot(root, "/nonexistent")];

    public string FullPath(string root, string relativePath) => "/nonexistent/" + relativePath;

    public IEnumerable<string> Enumerate(string root) => [];

    public IEnumerable<string> Cameras(string root) => [];

    public IEnumerable<string> Enumerate(string root, string cameraId) => [];

    public long? Length(string root, string relativePath) => null;

    public Task<bool> DeleteAsync(string root, string relativePath, CancellationToken cancellationToken) => Task.FromResult(true);

    public long? FreeBytes(string root) => null;
}
