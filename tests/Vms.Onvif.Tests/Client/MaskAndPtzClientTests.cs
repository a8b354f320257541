using Vms.Onvif.Client;
using Vms.Onvif.Model.Media2;
using Vms.Onvif.Model.Ptz;
using Vms.Onvif.Soap;
using Vms.TestSupport;

namespace Vms.Onvif.Tests.Client;

public sealed class MaskAndPtzClientTests : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public void Dispose() => _http.Dispose();

    private static Mask Rectangle(int points = 4, MaskType type = MaskType.Color) => new()
    {
        ConfigurationToken = "VideoSourceToken",
        Polygon = [.. new NormalizedPoint[] { new(0, 0), new(0.5f, 0), new(0.5f, -0.5f), new(0, -0.5f), new(0.1f, -0.1f) }.Take(points)],
        Type = type,
        Enabled = true,
    };

    [Fact]
    public async Task Masks_ListCreateUpdateDelete_OnMedia2Device()
    {
        await using var peer = OnvifFixturePeer.StartSet("Media2Camera");
        var masks = await ClientFixture.Device(peer, _http, new ManualTimeProvider()).GetMasksAsync(CancellationToken.None);

        var list = await masks.GetMasksAsync("VideoSourceToken", CancellationToken.None);
        var token = await masks.CreateAsync(Rectangle(), CancellationToken.None);
        await masks.UpdateAsync(Rectangle() with { Token = token }, CancellationToken.None);
        await masks.DeleteAsync(token, CancellationToken.None);

        Assert.Equal(new NormalizedPoint(-1, 1), Assert.Single(list).Polygon[0]);
        Assert.Equal("Mask_2", token);
        var created = CreateMask.FromXml(SoapEnvelopeReader.Read(peer.Requests.Single(r => OnvifFixturePeer.OperationKey(r.Body) == "tr2.CreateMask").Body).Body!);
        Assert.Equal(Rectangle().Polygon, created.Mask.Polygon);
        Assert.Contains("tr2.DeleteMask", peer.Operations);
    }

    [Theory]
    [InlineData(5, MaskType.Color, "MaxPoints")]
    [InlineData(3, MaskType.Color, "RectangleOnly")]
    [InlineData(4, MaskType.Blurred, "Types")]
    public async Task CreateMask_BeyondAnnouncedOptions_RefusedBeforeSending(int points, MaskType type, string limit)
    {
        await using var peer = OnvifFixturePeer.StartSet("Media2Camera");
        var masks = await ClientFixture.Device(peer, _http, new ManualTimeProvider()).GetMasksAsync(CancellationToken.None);

        var ex = await Assert.ThrowsAsync<OnvifLimitExceededException>(() => masks.CreateAsync(Rectangle(points, type), CancellationToken.None));

        Assert.Equal(limit, ex.Limit);
        Assert.DoesNotContain("tr2.CreateMask", peer.Operations);
    }

    [Fact]
    public async Task CreateMask_CameraAnswersMaxMasksFault_MappedToLimitExceeded()
    {
        await using var peer = OnvifFixturePeer.StartSet("Media2Camera");
        peer.Override("tr2.CreateMask", _ => peer.Envelope("""
            <soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope" xmlns:err="http://www.onvif.org/ver10/error"><soap:Body><soap:Fault>
            <soap:Code><soap:Value>soap:Receiver</soap:Value><soap:Subcode><soap:Value>err:Action</soap:Value><soap:Subcode><soap:Value>err:MaxMasks</soap:Value></soap:Subcode></soap:Subcode></soap:Code>
            <soap:Reason><soap:Text xml:lang="en">mask limit</soap:Text></soap:Reason></soap:Fault></soap:Body></soap:Envelope>
            """));
        var masks = await ClientFixture.Device(peer, _http, new ManualTimeProvider()).GetMasksAsync(CancellationToken.None);

        var ex = await Assert.ThrowsAsync<OnvifLimitExceededException>(() => masks.CreateAsync(Rectangle(), CancellationToken.None));

        Assert.Equal("MaxMasks", ex.Limit);
        Assert.IsType<OnvifFaultException>(ex.InnerException, exactMatch: false);
    }

    [Fact]
    public async Task GetMasks_MediaOnlyDevice_FeatureNotSupported()
    {
        await using var peer = OnvifFixturePeer.StartSet("Media1Camera");
        var device = ClientFixture.Device(peer, _http, new ManualTimeProvider());

        var ex = await Assert.ThrowsAsync<OnvifFeatureNotSupportedException>(() => device.GetMasksAsync(CancellationToken.None));

        Assert.Contains("no Media2 service", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public async Task GetMasks_Media2WithoutMaskCapability_FeatureNotSupported()
    {
        await using var peer = OnvifFixturePeer.StartSet("Media2Camera");
        peer.Override("tds.GetServices", _ => peer.Envelope(File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot(), "tests/Vms.Onvif.Tests/Fixtures/Client/Media2Camera/tds.GetServices.xml"))
            .Replace("Mask=\"true\"", "Mask=\"false\"", StringComparison.Ordinal)));
        var device = ClientFixture.Device(peer, _http, new ManualTimeProvider());

        var ex = await Assert.ThrowsAsync<OnvifFeatureNotSupportedException>(() => device.GetMasksAsync(CancellationToken.None));

        Assert.Contains("Mask=\"true\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ptz_NodesPresetsMovesHome_SendTheOperations()
    {
        await using var peer = OnvifFixturePeer.StartSet("Media2Camera");
        var ptz = await ClientFixture.Device(peer, _http, new ManualTimeProvider()).GetPtzAsync(CancellationToken.None);
        var velocity = new PtzVector(new Vector2D(0.5f, 0), null);

        var node = Assert.Single(await ptz.GetNodesAsync(CancellationToken.None));
        var presets = await ptz.GetPresetsAsync("Profile_1", CancellationToken.None);
        await ptz.ContinuousMoveAsync("Profile_1", velocity, TimeSpan.FromSeconds(2), CancellationToken.None);
        await ptz.StopAsync("Profile_1", CancellationToken.None);
        var token = await ptz.CreatePresetAsync("Profile_1", "Gate", CancellationToken.None);
        await ptz.SetPresetAsync("Profile_1", "2", "Parking lot", CancellationToken.None);
        await ptz.GotoPresetAsync("Profile_1", "1", new PtzVector(new Vector2D(1, 1), null), CancellationToken.None);
        await ptz.RemovePresetAsync("Profile_1", token, CancellationToken.None);
        await ptz.GotoHomePositionAsync("Profile_1", null, CancellationToken.None);
        await ptz.SetHomePositionAsync("Profile_1", CancellationToken.None);
        var status = await ptz.GetStatusAsync("Profile_1", CancellationToken.None);

        Assert.Equal(300, node.MaximumNumberOfPresets);
        Assert.Equal(["Entrance", "Parking"], presets.Select(p => p.Name));
        Assert.Equal("3", token);
        Assert.Equal(0.25f, status.Position!.PanTilt!.X);
        var move = ContinuousMove.FromXml(Body(peer, "tptz.ContinuousMove"));
        Assert.Equal((velocity, TimeSpan.FromSeconds(2)), (move.Velocity, move.Timeout));
        var rename = SetPreset.FromXml(Body(peer, "tptz.SetPreset", last: true));
        Assert.Equal(("2", "Parking lot"), (rename.PresetToken, rename.PresetName));
    }

    [Fact]
    public async Task GetPtz_DeviceWithoutPtz_FeatureNotSupported()
    {
        await using var peer = OnvifFixturePeer.StartSet("Media1Camera");
        var device = ClientFixture.Device(peer, _http, new ManualTimeProvider());

        await Assert.ThrowsAsync<OnvifFeatureNotSupportedException>(() => device.GetPtzAsync(CancellationToken.None));
    }

    private static System.Xml.Linq.XElement Body(OnvifFixturePeer peer, string key, bool last = false)
    {
        var matching = peer.Requests.Where(r => OnvifFixturePeer.OperationKey(r.Body) == key);
        return SoapEnvelopeReader.Read((last ? matching.Last() : matching.First()).Body).Body!;
    }
}
