using System.Collections.Concurrent;
using Vms.Storage.Segments;

namespace Vms.Storage.Index;

/// <summary><see cref="ISegmentInfoReader"/> over the segment files themselves (<see cref="SegmentInfoReader"/>).</summary>
public sealed class StoreSegmentInfoReader(ISegmentFiles files) : ISegmentInfoReader
{
    private readonly ConcurrentDictionary<string, SegmentStore> _stores = new(StringComparer.Ordinal);

    public Task<SegmentInfo> ReadAsync(string root, string relativePath, CancellationToken cancellationToken)
    {
        var store = _stores.GetOrAdd(root, name =>
            new SegmentStore(files.Roots.FirstOrDefault(r => r.Name == name)?.Path ?? throw new ArgumentException($"unknown storage root '{name}'", nameof(root))));
        return SegmentInfoReader.ReadAsync(store, relativePath, cancellationToken);
    }
}
