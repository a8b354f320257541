using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Interop.Tests.Simulators;

/// <summary>
/// The PTZ driver <c>Fixtures/Simulators/libonvif_ptz.c</c> compiled with gcc against the installed libonvif
/// (<c>-lonvif</c>) into a temporary folder. Each run is one phase (preset, move, goto) against one camera; the
/// driver prints one <c>step=&lt;libonvif function&gt; rc=&lt;result&gt; … error=&lt;libonvif's last_error&gt;</c> line per call.
/// </summary>
internal sealed class LibonvifPtzHarness : IAsyncDisposable
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);

    private readonly ITestOutputHelper _output;
    private readonly string _folder;

    private LibonvifPtzHarness(ITestOutputHelper output, string folder)
    {
        _output = output;
        _folder = folder;
    }

    public string Executable => Path.Combine(_folder, "libonvif_ptz");

    /// <summary>The folder holding libonvif's <c>onvif.h</c> (Debian puts it under the multiarch include folder), or null.</summary>
    public static string? FindHeaderFolder()
    {
        if (File.Exists("/usr/include/onvif.h"))
        {
            return "/usr/include";
        }

        return Directory.Exists("/usr/include")
            ? Directory.EnumerateDirectories("/usr/include").Take(500).FirstOrDefault(d => File.Exists(Path.Combine(d, "onvif.h")))
            : null;
    }

    public static async Task<LibonvifPtzHarness> BuildAsync(ITestOutputHelper output)
    {
        var headers = FindHeaderFolder() ?? throw new InvalidOperationException("libonvif's onvif.h is not installed (Debian package libonvif-dev)");
        var harness = new LibonvifPtzHarness(output, Path.Combine(Path.GetTempPath(), "vms-libonvif-" + Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(harness._folder);
        var gcc = await ExternalProcess.RunAsync(
            "gcc",
            ["-std=c11", "-D_POSIX_C_SOURCE=200809L", "-Wall", "-Wextra", "-Werror", "-O1", "-I", headers,
                "-o", harness.Executable, Fixtures.PathOf(Path.Combine("Simulators", "libonvif_ptz.c")), "-lonvif"],
            RunTimeout);
        Assert.True(gcc.ExitCode == 0, $"gcc exit {gcc.ExitCode}: {gcc.StandardError}");
        return harness;
    }

    /// <summary>Runs one phase against <paramref name="cut"/>'s device service with the test user; returns the finished process.</summary>
    public async Task<ExternalProcess> RunAsync(CameraUnderTest cut, params string[] phase)
    {
        // env runs the driver by its path (the process helper starts tools found on PATH)
        var p = await ExternalProcess.RunAsync(
            "env",
            [Executable, cut.Camera.DeviceServiceUri.ToString(), CameraUnderTest.User, CameraUnderTest.Password, .. phase],
            RunTimeout);
        _output.WriteLine($"libonvif_ptz {string.Join(' ', phase)} → exit {p.ExitCode}\n{p.StandardOutput}{p.StandardError}");
        return p;
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }

        return ValueTask.CompletedTask;
    }
}
