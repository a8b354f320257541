namespace Vms.TestSupport;

/// <summary>Finds third-party peers (ffmpeg, ffprobe, onvif-util, gst-launch-1.0, python3) on PATH.</summary>
public static class ExternalTools
{
    /// <summary>True when running under CI (<c>CI=true</c>): missing tools are failures there, never skips.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the process runs as root (needed for network namespaces).</summary>
    public static bool IsRoot => Environment.UserName == "root";

    public static string? Find(string tool)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, tool);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The names of the tools in <paramref name="tools"/> that are not installed.</summary>
    public static IReadOnlyList<string> Missing(params string[] tools) => [.. tools.Where(t => Find(t) is null)];
}
