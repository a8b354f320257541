using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Vms.Onvif;
using Vms.Onvif.Model.Common;
using Vms.Onvif.Model.Device;
using Vms.Onvif.Security;
using Vms.Onvif.Soap;
using Vms.Simulators.Faults;
using Vms.Simulators.Fleet;
using Vms.Simulators.Video;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Simulators.Tests.Fleet;

public sealed class FleetControlApiTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly ManualTimeProvider _time = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vms-fleet-" + Guid.NewGuid().ToString("N"));
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(20) };
    private readonly Channel<FaultTransition> _transitions = Channel.CreateUnbounded<FaultTransition>();
    private ILoggerFactory _loggers = null!;
    private CameraFleet _fleet = null!;

    public async Task InitializeAsync()
    {
        _loggers = XunitLoggerProvider.Factory(output, LogLevel.Information);
        var small = new VideoStreamSettings { Width = 320, Height = 180 };
        _fleet = await CameraFleet.StartAsync(
            new FleetOptions
            {
                Cameras = [.. Enumerable.Range(0, 2).Select(i => new FleetCameraSpec { Name = FleetNames.Default(i, 2), Password = "pw" + i, MainStream = small, SubStream = small })],
                DataFolder = _folder,
                ControlPort = 0,
                TimeProvider = _time,
                LoggerFactory = _loggers,
            },
            CancellationToken.None).WithTimeout();
        _fleet.Faults.Transition += t => _transitions.Writer.TryWrite(t);
    }

    public async Task DisposeAsync()
    {
        await _fleet.DisposeAsync();
        _loggers.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task GetCameras_ListsEveryCameraWithUrlsAndState()
    {
        using var json = await GetJsonAsync("cameras");

        var cameras = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(["cam-01", "cam-02"], cameras.Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(_fleet.Cameras[1].DeviceServiceUri.ToString(), cameras[1].GetProperty("onvif").GetString());
        Assert.Equal(_fleet.Cameras[1].MainStreamUri.ToString(), cameras[1].GetProperty("rtspMain").GetString());
        Assert.Equal("pw1", cameras[1].GetProperty("password").GetString());
        Assert.Equal("online", cameras[0].GetProperty("state").GetString());
        Assert.Empty(cameras[0].GetProperty("faults").EnumerateArray());
    }

    [Fact]
    public async Task PostRefuseCredentials_SoapCallWithRightPassword_FaultsNotAuthorizedUntilCleared()
    {
        var camera = _fleet.Cameras[0];
        Assert.Equal(HttpStatusCode.OK, (await CallDeviceAsync(camera, "pw0")).StatusCode);

        using var posted = await Http.PostAsync(Control("cameras/cam-01/faults/refuse-credentials"), null);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        using var refused = await CallDeviceAsync(camera, "pw0");
        var fault = SoapEnvelopeReader.Read(await refused.Content.ReadAsByteArrayAsync()).Fault;
        Assert.NotNull(fault);
        Assert.True(fault.HasSubcode(OnvifFaultCodes.NotAuthorized), fault.ToString());
        Assert.True(_fleet.Cameras[0].Camera.RefuseCredentials);
        Assert.False(_fleet.Cameras[1].Camera.RefuseCredentials);

        using var cleared = await Http.DeleteAsync(Control("cameras/cam-01/faults"));
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await CallDeviceAsync(camera, "pw0")).StatusCode);
    }

    [Fact]
    public async Task PostReboot_DeviceUrlUnreachableForTheDurationThenBack()
    {
        var camera = _fleet.Cameras[1];
        using var posted = await Http.PostAsync(Control("cameras/cam-02/faults/reboot?duration=10s"), null);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal((FaultKind.Reboot, true), await NextAsync());

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => CallDeviceAsync(camera, "pw1"));
        Assert.Equal(SocketError.ConnectionRefused, (error.InnerException as SocketException)?.SocketErrorCode);
        using (var state = await GetJsonAsync("cameras/cam-02"))
        {
            Assert.Equal("offline", state.RootElement.GetProperty("state").GetString());
            Assert.Equal("reboot", Assert.Single(state.RootElement.GetProperty("faults").EnumerateArray()).GetProperty("fault").GetString());
        }

        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal((FaultKind.Reboot, false), await NextAsync());

        Assert.Equal(HttpStatusCode.OK, (await CallDeviceAsync(camera, "pw1")).StatusCode);
    }

    [Theory]
    [InlineData("cameras/cam-09/faults/stall", "POST", HttpStatusCode.NotFound, "no camera named 'cam-09'")]
    [InlineData("cameras/cam-01/faults/explode", "POST", HttpStatusCode.BadRequest, "unknown fault 'explode': one of reboot|rtsp-drop|stall|packet-loss|clock-skew|refuse-credentials|slow-soap|corrupt-nal")]
    [InlineData("cameras/cam-01/faults/packet-loss?percent=250", "POST", HttpStatusCode.BadRequest, "packet-loss needs percent in (0, 100]")]
    [InlineData("cameras/cam-01/faults/stall?duration=soon", "POST", HttpStatusCode.BadRequest, "duration 'soon' is not a duration (e.g. 500ms, 30s, 5m, 2h)")]
    [InlineData("cameras/cam-01/faults/stall?color=red", "POST", HttpStatusCode.BadRequest, "unknown parameter 'color': one of duration, percent, offset, delay, seed")]
    [InlineData("cameras/cam-01/faults/stall", "GET", HttpStatusCode.MethodNotAllowed, "POST /cameras/{name}/faults/{fault}")]
    [InlineData("nothing", "GET", HttpStatusCode.NotFound, "not found: use /cameras, /cameras/{name}, /cameras/{name}/faults[/{fault}]")]
    public async Task Request_Bad_AnswersJsonError(string path, string method, HttpStatusCode status, string message)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), Control(path));
        using var response = await Http.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(message, json.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task PostSlowSoapAndClockSkew_ChangeTheCameraAndShowInState()
    {
        using (await Http.PostAsync(Control("cameras/cam-01/faults/slow-soap?delay=2s&duration=1m"), null))
        {
        }

        using (await Http.PostAsync(Control("cameras/cam-01/faults/clock-skew?offset=-90s"), null))
        {
        }

        var camera = _fleet.Cameras[0].Camera;
        Assert.Equal(TimeSpan.FromSeconds(2), camera.SoapDelay);
        Assert.Equal(_time.GetUtcNow().AddSeconds(-90), camera.Now);
        using var state = await GetJsonAsync("cameras/cam-01");
        Assert.Equal("2s", state.RootElement.GetProperty("soapDelay").GetString());
        Assert.Equal("-90s", state.RootElement.GetProperty("clockSkew").GetString());
        var faults = state.RootElement.GetProperty("faults").EnumerateArray().ToArray();
        Assert.Equal(["clock-skew", "slow-soap"], faults.Select(f => f.GetProperty("fault").GetString()));
        Assert.False(faults[0].TryGetProperty("endsAt", out _));
        Assert.Equal(_time.GetUtcNow().AddMinutes(1), faults[1].GetProperty("endsAt").GetDateTimeOffset());
    }

    private Uri Control(string path) => new(_fleet.ControlUri!, path);

    private async Task<JsonDocument> GetJsonAsync(string path)
    {
        using var response = await Http.GetAsync(Control(path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private async Task<(FaultKind, bool)> NextAsync()
    {
        var t = await _transitions.Reader.ReadAsync().AsTask().WithTimeout();
        return (t.Kind, t.Started);
    }

    private async Task<HttpResponseMessage> CallDeviceAsync(FleetCamera camera, string password)
    {
        var security = UsernameTokenFactory.Create(camera.Username, password, camera.Camera.Now).ToSecurityHeader(OnvifNamespaces.Soap12);
        var body = SoapEnvelopeWriter.Write(SoapVersion.Soap12, new GetDeviceInformation().ToXml(), [security]);
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/soap+xml; charset=utf-8");
        return await Http.PostAsync(camera.DeviceServiceUri, content);
    }
}
