namespace Vms.Host.Security;

/// <summary>
/// Site key files: created once with owner-only permissions (Unix), written whole then moved into place, read back on
/// later starts; when two processes create one at the same time, both end up with the one that was moved first.
/// </summary>
internal static class KeyFiles
{
    public static byte[] LoadOrCreate(string path, Func<byte[]> create, int? expectedLength = null)
    {
        if (File.Exists(path))
        {
            var existing = File.ReadAllBytes(path);
            if (expectedLength is { } n && existing.Length != n)
            {
                throw new InvalidOperationException($"the key file {path} is damaged ({existing.Length} bytes, expected {n})");
            }

            return existing;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var bytes = create();
        var temp = path + ".new";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temp, options))
        {
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }

        try
        {
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // another process created it first: use its key
            File.Delete(temp);
            return LoadOrCreate(path, create, expectedLength);
        }

        return bytes;
    }
}
