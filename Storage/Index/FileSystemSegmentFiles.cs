using Vms.Storage.Segments;

namespace Vms.Storage.Index;

/// <summary><see cref="ISegmentFiles"/> over local folders.</summary>
public sealed class FileSystemSegmentFiles : ISegmentFiles
{
    private const string Extension = ".mp4";
    private const int MaxFolderDepthToPrune = 8;

    private readonly Dictionary<string, string> _paths;

    public FileSystemSegmentFiles(IReadOnlyList<StorageRoot> roots)
    {
        ArgumentNullException.ThrowIfNull(roots);
        Roots = roots;
        _paths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in roots)
        {
            if (string.IsNullOrWhiteSpace(r.Name) || !_paths.TryAdd(r.Name, System.IO.Path.GetFullPath(r.Path)))
            {
                throw new ArgumentException($"storage root names must be unique and non-empty ('{r.Name}')", nameof(roots));
            }
        }
    }

    public IReadOnlyList<StorageRoot> Roots { get; }

    public string FullPath(string root, string relativePath)
    {
        var rootPath = RootPath(root);
        ArgumentException.ThrowIfNullOrEmpty(relativePath);
        if (System.IO.Path.IsPathRooted(relativePath) || relativePath.Split('/', '\\').Any(p => p is ".." or "." or ""))
        {
            throw new ArgumentException($"segment path '{relativePath}' must be relative, without '.', '..' or empty parts", nameof(relativePath));
        }

        return System.IO.Path.Combine(rootPath, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar));
    }

    public IEnumerable<string> Enumerate(string root) => EnumerateBelow(RootPath(root), RootPath(root));

    public IEnumerable<string> Cameras(string root)
    {
        var rootPath = RootPath(root);
        if (!Directory.Exists(rootPath))
        {
            return [];
        }

        // folder names are camera ids escaped for the file system (see SegmentStore)
        var ids = new List<string>();
        foreach (var folder in Directory.EnumerateDirectories(rootPath))
        {
            if (SegmentNameCodec.TryUnescape(System.IO.Path.GetFileName(folder), out var id))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    public IEnumerable<string> Enumerate(string root, string cameraId)
    {
        var rootPath = RootPath(root);
        return EnumerateBelow(rootPath, System.IO.Path.Combine(rootPath, SegmentNameCodec.Escape(cameraId, nameof(cameraId))));
    }

    public long? Length(string root, string relativePath)
    {
        var info = new FileInfo(FullPath(root, relativePath));
        return info.Exists ? info.Length : null;
    }

    public Task<bool> DeleteAsync(string root, string relativePath, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var path = FullPath(root, relativePath);
        if (!File.Exists(path))
        {
            return Task.FromResult(false);
        }

        File.Delete(path);
        PruneEmptyFolders(RootPath(root), System.IO.Path.GetDirectoryName(path));
        return Task.FromResult(true);
    }

    public long? FreeBytes(string root)
    {
        try
        {
            return new DriveInfo(RootPath(root)).AvailableFreeSpace;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static IEnumerable<string> EnumerateBelow(string rootPath, string folder)
    {
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseSensitive };
        foreach (var file in Directory.EnumerateFiles(folder, "*" + Extension, options))
        {
            yield return System.IO.Path.GetRelativePath(rootPath, file).Replace(System.IO.Path.DirectorySeparatorChar, '/');
        }
    }

    private string RootPath(string root) =>
        _paths.TryGetValue(root, out var path) ? path : throw new ArgumentException($"unknown storage root '{root}'", nameof(root));

    private static void PruneEmptyFolders(string rootPath, string? folder)
    {
        for (var depth = 0; depth < MaxFolderDepthToPrune && folder is not null; depth++)
        {
            if (folder.Length <= rootPath.Length || !folder.StartsWith(rootPath, StringComparison.Ordinal))
            {
                return;
            }

            try
            {
                if (Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    return;
                }

                Directory.Delete(folder);
            }
            catch (IOException)
            {
                return; // a recorder created a file meanwhile
            }

            folder = System.IO.Path.GetDirectoryName(folder);
        }
    }
}
