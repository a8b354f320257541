using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Vms.Simulators.Faults;
using Vms.Simulators.Fleet;
using Vms.Simulators.Video;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Interop.Tests.Simulators;

/// <summary>A simulated camera fleet read by ffprobe/ffmpeg: cameras on their own loopback addresses with the same
/// ports, an RTSP drop ending ffmpeg's read, and the simulator program itself as a child process.</summary>
public sealed class CameraFleetInteropTests(ITestOutputHelper output)
{
    [RequiresToolsFact("ffprobe", "ffmpeg")]
    public async Task Fleet_ThreeCamerasOnAnAddressRange_EachServesH264OnTheSamePorts()
    {
        using var loggers = XunitLoggerProvider.Factory(output, LogLevel.Information);
        var folder = TempFolder();
        var command = FleetCommandLine.Parse(["--cameras", "3", "--address-range", "127.0.1.1-127.0.1.3", "--http-port", "0", "--rtsp-port", "0", "--discovery-interface", "none", "--control-port", "none", "--data", folder]);
        var options = FleetLayout.Build(command, TimeProvider.System, loggers);
        options = options with
        {
            Cameras = [.. options.Cameras.Select(c => c with { MainStream = new VideoStreamSettings { Width = 640, Height = 360 }, SubStream = new VideoStreamSettings { Width = 320, Height = 180 } })],
        };
        try
        {
            await using var fleet = await CameraFleet.StartAsync(options, CancellationToken.None).WithTimeout();

            Assert.Equal(["127.0.1.1", "127.0.1.2", "127.0.1.3"], fleet.Cameras.Select(c => c.Camera.Address.ToString()));
            Assert.Single(fleet.Cameras.Select(c => (c.Camera.HttpPort, c.Camera.RtspPort)).Distinct());
            foreach (var camera in fleet.Cameras)
            {
                Assert.Equal(("h264", 640, 360), await FleetFfprobe.ProbeAsync(camera.MainStreamUri, camera.Username, camera.Password));
            }

            Assert.Equal(("h264", 320, 180), await FleetFfprobe.ProbeAsync(fleet.Cameras[2].SubStreamUri, "admin", "admin"));

            // rtsp-drop: a running ffmpeg reader sees its connection closed and exits; a new probe succeeds
            var target = fleet.Cameras[1];
            var url = new UriBuilder(target.MainStreamUri) { UserName = "admin", Password = "admin" }.Uri.ToString();
            await using var reader = ExternalProcess.Start("ffmpeg", ["-nostdin", "-hide_banner", "-rtsp_transport", "tcp", "-i", url, "-f", "null", "-"]);
            var reading = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            reader.ErrorLine += line =>
            {
                if (line.StartsWith("frame=", StringComparison.Ordinal) || line.Contains("Output #0", StringComparison.Ordinal))
                {
                    reading.TrySetResult();
                }
            };
            await Task.WhenAny(reading.Task, reader.Exited).WithTimeout(TimeSpan.FromSeconds(30));
            Assert.False(reader.Exited.IsCompleted, "ffmpeg ended before the fault: " + reader.StandardError);

            await fleet.Faults.ApplyAsync(target.Camera, new FaultRequest(FaultKind.RtspDrop), CancellationToken.None).WithTimeout();

            await reader.Exited.WithTimeout(TimeSpan.FromSeconds(30));
            output.WriteLine("ffmpeg after the drop: " + string.Join(" | ", reader.StandardError.Split('\n').TakeLast(4)));
            Assert.Equal(("h264", 640, 360), await FleetFfprobe.ProbeAsync(target.MainStreamUri, "admin", "admin"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [RequiresToolsFact("ffprobe", "dotnet", "kill")]
    public async Task Program_TwoCamerasJson_PrintsUrlsThatServeAndStopsOnSigint()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Vms.Simulators.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing");
        var folder = TempFolder();
        try
        {
            await using var program = ExternalProcess.Start("dotnet", [dll, "--cameras", "2", "--json", "--address", "127.0.0.1", "--base-port", "0", "--discovery-interface", "none", "--data", folder]);
            var printed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            program.OutputLine += line =>
            {
                if (line == "}")
                {
                    printed.TrySetResult();
                }
            };
            await Task.WhenAny(printed.Task, program.Exited).WithTimeout(TimeSpan.FromSeconds(60));
            Assert.True(printed.Task.IsCompleted, $"no JSON printed; exit {(program.Exited.IsCompleted ? program.ExitCode : -1)}; stderr: {program.StandardError}");

            using var json = JsonDocument.Parse(program.StandardOutput);
            var cameras = json.RootElement.GetProperty("cameras").EnumerateArray().ToArray();
            Assert.Equal(["cam-01", "cam-02"], cameras.Select(c => c.GetProperty("name").GetString()));
            Assert.StartsWith("http://127.0.0.1:", cameras[0].GetProperty("onvif").GetString(), StringComparison.Ordinal);
            Assert.Equal("admin", cameras[1].GetProperty("password").GetString());
            Assert.StartsWith("http://127.0.0.1:", json.RootElement.GetProperty("control").GetString(), StringComparison.Ordinal);
            var sub = new Uri(cameras[1].GetProperty("rtspSub").GetString()!);
            Assert.Equal(IPAddress.Loopback.ToString(), sub.Host);
            Assert.Equal(("h264", 640, 360), await FleetFfprobe.ProbeAsync(sub, "admin", "admin"));

            await using (var kill = await ExternalProcess.RunAsync("kill", ["-INT", program.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(10)))
            {
                Assert.Equal(0, kill.ExitCode);
            }

            await program.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(0, program.ExitCode);
            Assert.Contains("stopped", program.StandardError, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "vms-fleet-interop-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
