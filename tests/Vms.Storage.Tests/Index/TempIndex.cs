using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Vms.Storage.Index;
using Vms.Storage.Segments;
using Vms.TestSupport;

namespace Vms.Storage.Tests.Index;

/// <summary>A SQLite index and storage roots in a temporary folder, deleted on dispose.</summary>
internal sealed class TempIndex : IAsyncDisposable
{
    private TempIndex(string folder, SqlSegmentIndex index, FileSystemSegmentFiles files, ManualTimeProvider clock, ILoggerFactory loggers)
    {
        Folder = folder;
        Index = index;
        Files = files;
        Clock = clock;
        Loggers = loggers;
    }

    public string Folder { get; }

    public SqlSegmentIndex Index { get; private set; }

    public FileSystemSegmentFiles Files { get; }

    public ManualTimeProvider Clock { get; }

    public ILoggerFactory Loggers { get; }

    public SegmentIndexOptions Options => SegmentIndexOptions.ForSqliteFolder(Path.Combine(Folder, "data"));

    public static async Task<TempIndex> CreateAsync(ILoggerFactory loggers, DateTimeOffset now, params string[] roots)
    {
        var folder = Path.Combine(Path.GetTempPath(), "vms-storage-tests", Guid.NewGuid().ToString("N"));
        var clock = new ManualTimeProvider(now);
        var files = new FileSystemSegmentFiles([.. roots.Select(r => new StorageRoot(r, Path.Combine(folder, r)))]);
        var index = await SqlSegmentIndex.OpenAsync(SegmentIndexOptions.ForSqliteFolder(Path.Combine(folder, "data")), clock, loggers, CancellationToken.None);
        return new TempIndex(folder, index, files, clock, loggers);
    }

    /// <summary>Writes a file of <see cref="SegmentInfo.Bytes"/> bytes for each segment and indexes it.</summary>
    public async Task AddAsync(string root, IReadOnlyList<SegmentInfo> segments, bool index = true)
    {
        foreach (var s in segments)
        {
            var path = Files.FullPath(root, s.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, new byte[s.Bytes]);
        }

        if (index)
        {
            await Index.UpsertAsync(root, segments, CancellationToken.None);
        }
    }

    /// <summary>Closes and reopens the index (as a restart would).</summary>
    public async Task ReopenAsync()
    {
        await Index.DisposeAsync();
        Index = await SqlSegmentIndex.OpenAsync(Options, Clock, Loggers, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await Index.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
