namespace Vms.TestSupport;

/// <summary>Loads test fixtures copied from <c>tests/**/Fixtures/</c> and the shared ONVIF samples.</summary>
public static class Fixtures
{
    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

    public static byte[] Bytes(string relative) => File.ReadAllBytes(PathOf(relative));

    public static string Text(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>The repository root (the folder holding Vms.sln), found upwards from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        for (var i = 0; i < 12 && dir is not null; i++, dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vms.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Vms.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The shared ONVIF folder (<c>../shared/onvif</c> beside the repository).</summary>
    public static string SharedOnvif()
    {
        var fromEnv = Environment.GetEnvironmentVariable("VMS_SHARED_ONVIF");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return fromEnv;
        }

        return Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "onvif"));
    }

    /// <summary>The text of one ONVIF sample (e.g. <c>10_getstreamuri.xml</c>).</summary>
    public static string OnvifSample(string name) => File.ReadAllText(Path.Combine(SharedOnvif(), "samples", name));
}
