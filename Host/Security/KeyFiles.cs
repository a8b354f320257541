namespace Vms.Host.Security;

/// <summary>Site key files: created once with owner-only permissions (Unix), read back on later starts.</summary>
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

        File.Move(temp, path, overwrite: false);
        return bytes;
    }
}
