using System.Text;
using System.Text.Json;
using Vms.Onvif.Model.Device;
using Vms.Onvif.Soap;
using Vms.Simulators.Fleet;
using Vms.TestSupport;

namespace Vms.Simulators.Tests.Fleet;

/// <summary>The program's <c>--single-camera</c> mode, run in-process on 127.0.0.1 with free ports.</summary>
public sealed class SingleCameraProgramTests
{
    [Fact]
    public async Task RunAsync_SingleCameraJson_PrintsOneCameraThatAnswersSoapAndStopsWithExit0()
    {
        var folder = Path.Combine(Path.GetTempPath(), "vms-single-" + Guid.NewGuid().ToString("N"));
        using var stdout = new SignallingWriter();
        using var stderr = new StringWriter();
        using var stop = new CancellationTokenSource();
        try
        {
            var run = FleetProgram.RunAsync(
                ["--single-camera", "--name", "parvis", "--kind", "ptz", "--address", "127.0.0.1", "--user", "root", "--password", "pw", "--data", folder, "--discovery-interface", "none", "--control-port", "none", "--json"],
                stdout,
                stderr,
                stop.Token);
            await Task.WhenAny(stdout.Written, run).WithTimeout(TimeSpan.FromSeconds(60));
            Assert.True(stdout.Written.IsCompleted, $"nothing printed; stderr: {stderr}");

            using var json = JsonDocument.Parse(stdout.ToString());
            Assert.False(json.RootElement.TryGetProperty("control", out _));
            var camera = Assert.Single(json.RootElement.GetProperty("cameras").EnumerateArray().ToArray());
            Assert.Equal(("parvis", "ptz", "root", "pw"), (camera.GetProperty("name").GetString(), camera.GetProperty("kind").GetString(), camera.GetProperty("username").GetString(), camera.GetProperty("password").GetString()));
            var onvif = new Uri(camera.GetProperty("onvif").GetString()!);
            Assert.Equal(("127.0.0.1", "/onvif/device_service"), (onvif.Host, onvif.AbsolutePath));
            Assert.StartsWith("rtsp://127.0.0.1:", camera.GetProperty("rtspMain").GetString(), StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(folder, "parvis", "camera.json")));

            using var http = new HttpClient();
            using var content = new ByteArrayContent(SoapEnvelopeWriter.Write(SoapVersion.Soap12, new GetSystemDateAndTime().ToXml(), null));
            content.Headers.TryAddWithoutValidation("Content-Type", "application/soap+xml; charset=utf-8");
            using var response = await http.PostAsync(onvif, content).WithTimeout();
            var body = SoapEnvelopeReader.Read(await response.Content.ReadAsByteArrayAsync()).Body!;
            Assert.Equal(GetSystemDateAndTimeResponse.ElementName, body.Name);

            await stop.CancelAsync();
            Assert.Equal(0, await run.WithTimeout(TimeSpan.FromSeconds(30)));
            Assert.Contains("stopped", stderr.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>A string writer that completes <see cref="Written"/> at the first written line.</summary>
    private sealed class SignallingWriter : StringWriter
    {
        private readonly TaskCompletionSource _written = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Written => _written.Task;

        public override Encoding Encoding => Encoding.UTF8;

        public override async Task WriteLineAsync(string? value)
        {
            await base.WriteLineAsync(value);
            _written.TrySetResult();
        }
    }
}
