using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using Vms.Onvif.Model.Common;
using Vms.Onvif.Security;
using Vms.Simulators.Camera;
using Vms.Simulators.Video;
using Vms.TestSupport;
using Xunit.Abstractions;
using M1 = Vms.Onvif.Model.Media;
using M2 = Vms.Onvif.Model.Media2;

namespace Vms.Simulators.Tests.Camera;

/// <summary>GetSnapshotUri (Media and Media2) and the JPEG behind it on the camera's HTTP port (HTTP Digest).</summary>
public sealed class SnapshotTests(ITestOutputHelper output)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(20) };

    [Fact]
    public async Task GetSnapshotUri_BothServices_PointAtTheSnapshotPathOnTheHostTheClientUsed()
    {
        await using var h = CameraHarness.Create(output);
        h.Host = "198.51.100.7:8080";

        var v1 = (await h.CallAsync<M1.GetSnapshotUriResponse>(new M1.GetSnapshotUri("profile_main").ToXml())).MediaUri;
        var v2 = (await h.CallAsync<M2.GetSnapshotUriResponse>(new M2.GetSnapshotUri("profile_sub").ToXml())).Uri;
        var unknown = await h.CallAsync(new M2.GetSnapshotUri("nope").ToXml());
        var capabilities = (await h.CallAsync<M1.GetServiceCapabilitiesResponse>(new M1.GetServiceCapabilities().ToXml())).Capabilities;

        Assert.Equal("http://198.51.100.7:8080/snapshot/main", v1.Uri);
        Assert.Equal("http://198.51.100.7:8080/snapshot/sub", v2);
        CameraHarness.AssertFault(unknown, OnvifFaultCodes.NoProfile);
        Assert.True(capabilities.SnapshotUri);
    }

    [Fact]
    public async Task Snapshot_WithDigest_IsAJpegOfEachStreamsCurrentSize()
    {
        await using var h = CameraHarness.Create(output);
        await h.Camera.StartAsync(CancellationToken.None).WithTimeout();
        var main = new Uri($"http://127.0.0.1:{h.Camera.HttpPort}/snapshot/main");
        var sub = new Uri($"http://127.0.0.1:{h.Camera.HttpPort}/snapshot/sub");

        var mainJpeg = await GetJpegAsync(main, CameraHarness.Admin, CameraHarness.AdminPassword);
        var subJpeg = await GetJpegAsync(sub, CameraHarness.Operator, CameraHarness.OperatorPassword);
        var config = (await h.CallAsync<M1.GetVideoEncoderConfigurationResponse>(new M1.GetVideoEncoderConfiguration("encoder_main").ToXml())).Configuration;
        CameraHarness.Body(await h.CallAsync(new M1.SetVideoEncoderConfiguration(config with { Resolution = new VideoResolution(1280, 720) }).ToXml()));
        var resized = await GetJpegAsync(main, CameraHarness.Admin, CameraHarness.AdminPassword);

        Assert.Equal((640, 360), JpegSize(mainJpeg));
        Assert.Equal((320, 180), JpegSize(subJpeg));
        Assert.Equal((1280, 720), JpegSize(resized));
        Assert.Equal([0xFF, 0xD9], mainJpeg[^2..]);
    }

    [Fact]
    public async Task Snapshot_WithoutOrWithWrongCredentials_IsChallengedWithDigest()
    {
        await using var h = CameraHarness.Create(output);
        await h.Camera.StartAsync(CancellationToken.None).WithTimeout();
        var main = new Uri($"http://127.0.0.1:{h.Camera.HttpPort}/snapshot/main");

        using var anonymous = await Http.GetAsync(main).WithTimeout();
        var wrong = await GetAsync(main, CameraHarness.Admin, "wrong");
        h.Camera.RefuseCredentials = true;
        var refused = await GetAsync(main, CameraHarness.Admin, CameraHarness.AdminPassword);
        h.Camera.RefuseCredentials = false;
        using var post = await Http.PostAsync(main, new ByteArrayContent([])).WithTimeout();
        using var other = await Http.GetAsync(new Uri($"http://127.0.0.1:{h.Camera.HttpPort}/snapshot/third")).WithTimeout();

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains(anonymous.Headers.WwwAuthenticate, c => c.Scheme == "Digest");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task Capture_MaskedScene_ShowsTheMaskInTheJpegAtTheStreamSize()
    {
        await using var h = CameraHarness.Create(output);
        h.Camera.Scene.SetMasks([PrivacyMask.Rectangle(-1, 1, 1, -1, new RgbColor(0, 0, 0))]);

        var jpeg = h.Camera.Snapshots.Capture(StreamKind.Sub);

        Assert.Equal((320, 180), JpegSize(jpeg));
        // a whole-picture black mask: the entropy-coded data of a flat picture is tiny
        Assert.InRange(jpeg.Length, 100, 4000);
    }

    private static async Task<byte[]> GetJpegAsync(Uri uri, string user, string password)
    {
        var (status, type, body) = await GetAsync(uri, user, password);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("image/jpeg", type);
        return body;
    }

    /// <summary>GET with HTTP Digest: the first answer's challenge, then the authorized request.</summary>
    private static async Task<(HttpStatusCode Status, string? Type, byte[] Body)> GetAsync(Uri uri, string user, string password)
    {
        using var first = await Http.GetAsync(uri).WithTimeout();
        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        var digest = new HttpDigestClient(user, password);
        Assert.True(digest.TryAcceptChallenge(first.Headers.GetValues("WWW-Authenticate")));
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Authorization = AuthenticationHeaderValue.Parse(digest.CreateAuthorization("GET", uri.PathAndQuery));
        using var response = await Http.SendAsync(request).WithTimeout();
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>Width and height from the baseline frame header (SOF0: FF C0, length, precision, height, width).</summary>
    internal static (int Width, int Height) JpegSize(byte[] jpeg)
    {
        for (var i = 2; i + 9 < jpeg.Length; i++)
        {
            if (jpeg[i] == 0xFF && jpeg[i + 1] == 0xC0)
            {
                return (BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(i + 7)), BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(i + 5)));
            }
        }

        throw new InvalidDataException("no SOF0 marker");
    }
}
