using System.Globalization;

namespace Vms.Storage.Segments;

/// <summary>
/// Where segment files live:
/// <c>ROOT/&lt;camera&gt;/&lt;yyyy&gt;/&lt;MM&gt;/&lt;dd&gt;/&lt;HH&gt;/&lt;yyyyMMdd'T'HHmmss.fff'Z'&gt;_&lt;stream&gt;.mp4</c>,
/// all in UTC, camera and stream escaped by <see cref="SegmentNameCodec"/> so the name is valid on every file
/// system (no colons, no case collisions). A file still being written carries an extra <c>.part</c> suffix
/// and is renamed when finalized. Relative paths use '/' on every platform.
/// </summary>
public sealed class SegmentStore
{
    public const string SegmentExtension = ".mp4";
    public const string PartialSuffix = ".part";

    private const string StampFormat = "yyyyMMdd'T'HHmmss.fff'Z'";
    private const int StampLength = 20;

    public SegmentStore(string rootDirectory)
        : this(rootDirectory, PhysicalSegmentFileSystem.Instance)
    {
    }

    internal SegmentStore(string rootDirectory, ISegmentFileSystem fileSystem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootDirectory);
        RootDirectory = Path.GetFullPath(rootDirectory);
        FileSystem = fileSystem;
    }

    public string RootDirectory { get; }

    internal ISegmentFileSystem FileSystem { get; }

    /// <summary>The relative path of the finalized segment of <paramref name="cameraId"/>/<paramref name="streamName"/> starting at <paramref name="startUtc"/>.</summary>
    public static string GetRelativePath(string cameraId, string streamName, DateTimeOffset startUtc)
    {
        var camera = SegmentNameCodec.Escape(cameraId, nameof(cameraId));
        var stream = SegmentNameCodec.Escape(streamName, nameof(streamName));
        var t = startUtc.ToUniversalTime();
        return string.Create(CultureInfo.InvariantCulture,
            $"{camera}/{t:yyyy}/{t:MM}/{t:dd}/{t:HH}/{t.ToString(StampFormat, CultureInfo.InvariantCulture)}_{stream}{SegmentExtension}");
    }

    /// <summary>Reads camera, stream and start back from a relative path (finalized or <c>.part</c>).</summary>
    public static bool TryParseRelativePath(string relativePath, out SegmentPath segment)
    {
        segment = default;
        if (string.IsNullOrEmpty(relativePath))
        {
            return false;
        }

        var parts = relativePath.Replace('\\', '/').Split('/');
        if (parts.Length != 6)
        {
            return false;
        }

        var name = parts[5];
        var partial = name.EndsWith(PartialSuffix, StringComparison.Ordinal);
        if (partial)
        {
            name = name[..^PartialSuffix.Length];
        }

        if (!name.EndsWith(SegmentExtension, StringComparison.Ordinal) || name.Length < StampLength + 2 + SegmentExtension.Length ||
            name[StampLength] != '_')
        {
            return false;
        }

        if (!DateTimeOffset.TryParseExact(name.AsSpan(0, StampLength), StampFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var start) ||
            !SegmentNameCodec.TryUnescape(parts[0], out var camera) ||
            !SegmentNameCodec.TryUnescape(name[(StampLength + 1)..^SegmentExtension.Length], out var stream))
        {
            return false;
        }

        // the directories must agree with the stamp, so a misplaced file is not mistaken for another hour's
        var expected = GetRelativePath(camera, stream, start);
        if (!string.Equals(expected, string.Join('/', parts[..5]) + "/" + name, StringComparison.Ordinal))
        {
            return false;
        }

        segment = new SegmentPath(camera, stream, start, partial);
        return true;
    }

    /// <summary>The absolute path of a relative segment path; rejects paths that leave the root.</summary>
    public string GetFullPath(string relativePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(relativePath);
        var full = Path.GetFullPath(Path.Combine(RootDirectory, relativePath.Replace('/', Path.DirectorySeparatorChar)));
        var root = RootDirectory.EndsWith(Path.DirectorySeparatorChar) ? RootDirectory : RootDirectory + Path.DirectorySeparatorChar;
        if (!full.StartsWith(root, StringComparison.Ordinal))
        {
            throw new ArgumentException("path leaves the storage root", nameof(relativePath));
        }

        return full;
    }

    /// <summary>The relative form ('/' separators) of an absolute path under the root.</summary>
    public string GetRelativePathOf(string fullPath) =>
        Path.GetRelativePath(RootDirectory, fullPath).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>The camera ids that have a directory in the store.</summary>
    public IEnumerable<string> EnumerateCameraIds()
    {
        foreach (var dir in FileSystem.EnumerateDirectories(RootDirectory))
        {
            if (SegmentNameCodec.TryUnescape(Path.GetFileName(dir), out var id))
            {
                yield return id;
            }
        }
    }

    /// <summary>
    /// Relative paths of the finalized segments of a camera (all streams when <paramref name="streamName"/> is
    /// null) whose start lies in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), in start order. Only the
    /// hour directories of the range are listed.
    /// </summary>
    public IEnumerable<string> EnumerateSegments(string cameraId, string? streamName, DateTimeOffset fromUtc, DateTimeOffset toUtc)
    {
        var cameraDir = Path.Combine(RootDirectory, SegmentNameCodec.Escape(cameraId, nameof(cameraId)));
        var from = fromUtc.ToUniversalTime();
        var to = toUtc.ToUniversalTime();
        var found = new List<(DateTimeOffset Start, string Path)>();
        foreach (var year in Numbered(cameraDir, 4, from.Year, to.Year))
        {
            foreach (var month in Numbered(year.Path, 2, Bound(from, year.Value, 0, 0) ? from.Month : 1, Bound(to, year.Value, 0, 0) ? to.Month : 12))
            {
                foreach (var day in Numbered(month.Path, 2, Bound(from, year.Value, month.Value, 0) ? from.Day : 1,
                             Bound(to, year.Value, month.Value, 0) ? to.Day : 31))
                {
                    foreach (var hour in Numbered(day.Path, 2, Bound(from, year.Value, month.Value, day.Value) ? from.Hour : 0,
                                 Bound(to, year.Value, month.Value, day.Value) ? to.Hour : 23))
                    {
                        foreach (var file in FileSystem.EnumerateFiles(hour.Path, "*" + SegmentExtension, recursive: false))
                        {
                            var rel = GetRelativePathOf(file);
                            if (TryParseRelativePath(rel, out var s) && !s.IsPartial && s.CameraId == cameraId &&
                                (streamName is null || s.StreamName == streamName) && s.StartUtc >= from && s.StartUtc < to)
                            {
                                found.Add((s.StartUtc, rel));
                            }
                        }
                    }
                }
            }
        }

        found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Path, b.Path));
        return found.Select(f => f.Path);
    }

    /// <summary>Every <c>.part</c> file in the store (segments left open by a crash or still being written).</summary>
    public IEnumerable<string> EnumeratePartialSegments() =>
        FileSystem.EnumerateFiles(RootDirectory, "*" + SegmentExtension + PartialSuffix, recursive: true).Select(GetRelativePathOf);

    // is t inside the given year (and month, and day when non-zero)? then the bound applies at the next level
    private static bool Bound(DateTimeOffset t, int year, int month, int day) =>
        t.Year == year && (month == 0 || t.Month == month) && (day == 0 || t.Day == day);

    private List<(int Value, string Path)> Numbered(string directory, int digits, int min, int max)
    {
        var result = new List<(int Value, string Path)>();
        foreach (var dir in FileSystem.EnumerateDirectories(directory))
        {
            var name = Path.GetFileName(dir);
            if (name.Length == digits && int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max)
            {
                result.Add((v, dir));
            }
        }

        result.Sort((a, b) => a.Value.CompareTo(b.Value));
        return result;
    }
}
