using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vms.Host.Cameras.Registry;
using Vms.Onvif.Client;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Host.Tests.Cameras.Api;

/// <summary>The camera API's input checks and answers, without a camera behind (registry entries made directly).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "disposed by IAsyncLifetime.DisposeAsync")]
public sealed class CameraApiValidationTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Password = "Jamais-Affiche-42";
    private readonly CameraTestHost _host = new(output);

    public async Task InitializeAsync()
    {
        await _host.StartAsync(withIngest: false); // nothing is pulled: these cameras do not exist
        await _host.Registry.AddAsync(
            new CameraRecord { Id = "hall", Name = "Hall", DeviceService = new Uri("http://192.0.2.10/onvif/device_service"), MainProfile = "p", Encoder = new CameraEncoderSettings(12) },
            new OnvifCredentials("admin", Password),
            default);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("GET", "api/v1/cameras/Bad_Id")]
    [InlineData("GET", "api/v1/cameras/bad.id/masks")]
    [InlineData("DELETE", "api/v1/cameras/-x")]
    [InlineData("POST", "api/v1/cameras/UPPER/ptz/stop")]
    public async Task AnyRoute_BadCameraId_Is400(string method, string path)
    {
        using var response = await _host.Api.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)).WithTimeout();

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "camera ids are 1-64 characters");
    }

    [Theory]
    [InlineData("api/v1/cameras/nowhere")]
    [InlineData("api/v1/cameras/nowhere/state")]
    [InlineData("api/v1/cameras/nowhere/encoder")]
    public async Task Get_UnknownCamera_Is404(string path)
    {
        using var response = await _host.Api.GetAsync(path).WithTimeout();

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "no camera 'nowhere'");
    }

    [Fact]
    public async Task GetCamera_WithCredentials_NeverReturnsThem()
    {
        var text = await _host.Api.GetStringAsync("api/v1/cameras/hall").WithTimeout();
        var list = await _host.Api.GetStringAsync("api/v1/cameras").WithTimeout();

        Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, list, StringComparison.Ordinal);
        Assert.DoesNotContain("password", text, StringComparison.OrdinalIgnoreCase);
        using var json = JsonDocument.Parse(text);
        Assert.True(json.RootElement.GetProperty("hasCredentials").GetBoolean());
        Assert.Equal(12, json.RootElement.GetProperty("encoder").GetProperty("frameRate").GetInt32());
    }

    public static TheoryData<string, string> BadMasks => new()
    {
        { """{"masks":[{"points":[{"x":0,"y":0},{"x":1.2,"y":0},{"x":0,"y":1}]}]}""", "mask 0: point 1 (1.2, 0) is outside -1..1" },
        { """{"masks":[{"points":[{"x":0,"y":0},{"x":1,"y":0}]}]}""", "mask 0: a polygon needs at least 3 points, got 2" },
        { """{"masks":[{"points":[{"x":0,"y":0},{"x":1,"y":0},{"x":0,"y":1}],"color":"magenta"}]}""", "mask 0: color 'magenta' is not #rrggbb" },
        { """{}""", "masks are required" },
    };

    [Theory]
    [MemberData(nameof(BadMasks))]
    public async Task PutMasks_InvalidPolygon_Is400WithTheReason(string body, string expected)
    {
        using var response = await _host.Api.PutAsync("api/v1/cameras/hall/masks", new StringContent(body, System.Text.Encoding.UTF8, "application/json")).WithTimeout();

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, expected);
        Assert.Empty((await _host.Registry.GetAsync("hall", default))!.Masks);
    }

    [Fact]
    public async Task PutMasks_TooMany_Is400()
    {
        var mask = new { points = new[] { new { x = 0, y = 0 }, new { x = 1, y = 0 }, new { x = 0, y = 1 } } };
        using var response = await _host.Api.PutAsJsonAsync("api/v1/cameras/hall/masks", new { masks = Enumerable.Repeat(mask, CameraMask.MaxMasks + 1) }).WithTimeout();

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, $"at most {CameraMask.MaxMasks} masks");
    }

    [Fact]
    public async Task PutMasks_Valid_AreStoredAndReturned()
    {
        using var response = await _host.Api.PutAsJsonAsync("api/v1/cameras/hall/masks", new
        {
            masks = new[] { new { points = new[] { new { x = -0.5, y = 0.5 }, new { x = 0.5, y = 0.5 }, new { x = 0.5, y = -0.5 } }, color = "#102030", enabled = true } },
        }).WithTimeout();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = Assert.Single((await _host.Registry.GetAsync("hall", default))!.Masks);
        Assert.Equal(new MaskPoint(0.5, -0.5), stored.Points[2]);
        Assert.Equal("#102030", stored.Color);
        var read = await _host.Api.GetFromJsonAsync<JsonElement>("api/v1/cameras/hall/masks").WithTimeout();
        Assert.Equal(3, read.GetProperty("masks")[0].GetProperty("points").GetArrayLength());
    }

    [Theory]
    [InlineData("""{"frameRate":0}""", "frameRate 0 must be within 1..60")]
    [InlineData("""{"frameRate":12,"width":1920}""", "width and height go together")]
    [InlineData("""{"frameRate":12,"bitrateKbps":-5}""", "bitrateKbps -5 must be within")]
    public async Task PutEncoder_OutOfRange_Is400(string body, string expected)
    {
        using var response = await _host.Api.PutAsync("api/v1/cameras/hall/encoder", new StringContent(body, System.Text.Encoding.UTF8, "application/json")).WithTimeout();

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, expected);
    }

    [Fact]
    public async Task PutEncoder_Valid_IsStored()
    {
        using var response = await _host.Api.PutAsJsonAsync("api/v1/cameras/hall/encoder", new { frameRate = 15, width = 1280, height = 720, bitrateKbps = 2048, govLength = 30 }).WithTimeout();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new CameraEncoderSettings(15, 1280, 720, 2048, 30), (await _host.Registry.GetAsync("hall", default))!.Encoder);
    }

    [Theory]
    [InlineData("""{"deviceService":"not a url"}""", "deviceService must be an absolute http(s) URL")]
    [InlineData("""{"deviceService":"ftp://192.0.2.1/"}""", "deviceService must be an absolute http(s) URL")]
    [InlineData("""{"deviceService":"http://192.0.2.1/","username":"admin"}""", "credentials need both username and password")]
    [InlineData("""{"deviceService":"http://192.0.2.1/","id":"No Spaces"}""", "id 'No Spaces'")]
    public async Task PostCamera_BadInput_Is400(string body, string expected)
    {
        using var response = await _host.Api.PostAsync("api/v1/cameras", new StringContent(body, System.Text.Encoding.UTF8, "application/json")).WithTimeout();

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, expected);
    }

    [Fact]
    public async Task PostCamera_NothingListening_Is422WithTheReason()
    {
        var port = Loopback.FreeTcpPort();
        using var response = await _host.Api.PostAsJsonAsync("api/v1/cameras", new { deviceService = $"http://127.0.0.1:{port}/onvif/device_service" }).WithTimeout();

        await AssertProblemAsync(response, (HttpStatusCode)422, $"127.0.0.1:{port}");
    }

    [Fact]
    public async Task PatchCamera_Names_AreChangedAndCredentialsStayHidden()
    {
        using var response = await _host.Api.PatchAsJsonAsync("api/v1/cameras/hall", new { name = "Hall d'accueil", location = "Mairie", username = "viewer", password = "Autre-Secret-7" }).WithTimeout();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Autre-Secret-7", text, StringComparison.Ordinal);
        var record = (await _host.Registry.GetAsync("hall", default))!;
        Assert.Equal(("Hall d'accueil", "Mairie"), (record.Name, record.Location));
        Assert.Equal(new OnvifCredentials("viewer", "Autre-Secret-7"), await _host.Registry.GetCredentialsAsync("hall", default));
    }

    [Theory]
    [InlineData("api/v1/cameras/hall/masks", """{"masks":""", "the request body is not the JSON this route takes: ")]
    [InlineData("api/v1/cameras/hall/masks", """{"masks":[{"points":"x"}]}""", "Path: $.masks[0].points")]
    [InlineData("api/v1/cameras/hall/encoder", """{"frameRate":"fast"}""", "Path: $.frameRate")]
    public async Task Put_BodyThatIsNotTheRoutesJson_Is400WithTheReason(string path, string body, string expected)
    {
        using var response = await _host.Api.PutAsync(path, new StringContent(body, System.Text.Encoding.UTF8, "application/json")).WithTimeout();

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, expected);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        Assert.Contains(detail, json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
