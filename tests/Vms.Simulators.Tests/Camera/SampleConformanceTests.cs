using System.Xml.Linq;
using Vms.Onvif;
using Vms.Onvif.Model.Media2;
using Vms.Onvif.Model.Ptz;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Simulators.Tests.Camera;

/// <summary>
/// The shared ONVIF samples against the simulated camera: every request sample the camera implements is sent as
/// it is (only the sample's tokens replaced by the camera's) and must be answered with its response element; every
/// response sample of an implemented operation is compared with the camera's own answer, element by element.
/// </summary>
public sealed class SampleConformanceTests(ITestOutputHelper output)
{
    private static readonly XNamespace Tds = OnvifNamespaces.Device;
    private static readonly XNamespace Trt = OnvifNamespaces.Media;
    private static readonly XNamespace Tr2 = OnvifNamespaces.Media2;
    private static readonly XNamespace Tptz = OnvifNamespaces.Ptz;
    private static readonly XNamespace Tt = OnvifNamespaces.Schema;

    /// <summary>The sample's tokens and what the camera calls them.</summary>
    private static readonly Dictionary<string, string> Tokens = new(StringComparer.Ordinal)
    {
        ["main"] = "profile_main",
        ["p0"] = "profile_main",
        ["vsc0"] = "video_source_config",
        ["vec0"] = "encoder_main",
    };

    [Theory]
    [InlineData("04_setdt.xml")]
    [InlineData("08_createusers.xml")]
    [InlineData("09_setntp.xml")]
    [InlineData("10_getstreamuri.xml")]
    [InlineData("12_setvec.xml")]
    [InlineData("14_tr2streamuri.xml")]
    [InlineData("15_createmask.xml")]
    [InlineData("17_getmasks.xml")]
    [InlineData("19_contmove.xml")]
    [InlineData("23_setpreset.xml")]
    [InlineData("24_gotopreset.xml")]
    [InlineData("40_stop.xml")]
    public async Task RequestSample_SentAsIs_IsAnsweredWithItsResponseElement(string sample)
    {
        await using var h = CameraHarness.Create(output);
        var request = WithCameraTokens(XElement.Parse(Fixtures.OnvifSample(sample)));
        if (request.Name == Tptz + "GotoPreset")
        {
            var preset = (await h.CallAsync<SetPresetResponse>(new SetPreset("profile_main", "sample").ToXml())).PresetToken;
            request.Element(Tptz + "PresetToken")!.Value = preset;
        }
        else if (request.Name == Tds + "CreateUsers")
        {
            // the sample creates "op", which the harness camera already has
            CameraHarness.Body(await h.CallAsync(new XElement(Tds + "DeleteUsers", new XElement(Tds + "Username", CameraHarness.Operator))));
        }

        var body = CameraHarness.Body(await h.CallAsync(request));

        Assert.Equal(request.Name.Namespace + (request.Name.LocalName + "Response"), body.Name);
    }

    [Theory]
    [InlineData("03_sysdt.xml")]
    [InlineData("05_services.xml")]
    [InlineData("06_scopes.xml")]
    [InlineData("07_netif.xml")]
    [InlineData("11_getstreamuriresp.xml")]
    [InlineData("13_tr2profiles.xml")]
    [InlineData("16_maskopts.xml")]
    [InlineData("18_getmasksresp.xml")]
    [InlineData("20_status.xml")]
    [InlineData("21_nodes.xml")]
    [InlineData("22_presets.xml")]
    [InlineData("25_ptzconfopts.xml")]
    [InlineData("26_ptzconf.xml")]
    [InlineData("37_v2opts.xml")]
    [InlineData("38_getusers.xml")]
    [InlineData("39_devcaps.xml")]
    public async Task ResponseSample_CamerasAnswer_HasEveryElementOfTheSample(string sample)
    {
        await using var h = CameraHarness.Create(output);
        var expected = XElement.Parse(Fixtures.OnvifSample(sample));
        if (expected.Name == Tr2 + "GetMasksResponse")
        {
            CameraHarness.Body(await h.CallAsync(new CreateMask(new Mask
            {
                ConfigurationToken = "video_source_config",
                Polygon = [new(-0.5f, 0.5f), new(0, 0.5f), new(0, 0)],
                Type = MaskType.Color,
                Color = new Color(0, 0, 0, Colorspaces.Rgb),
                Enabled = true,
            }).ToXml()));
        }
        else if (expected.Name == Tptz + "GetPresetsResponse")
        {
            CameraHarness.Body(await h.CallAsync(new SetPreset("profile_main", "Gate").ToXml()));
        }

        var actual = new XElement(CameraHarness.Body(await h.CallAsync(RequestFor(expected.Name)))); // detached from the envelope

        Assert.Equal(expected.Name, actual.Name);
        var ours = actual.DescendantsAndSelf().Select(Path).ToHashSet();
        var missing = expected.DescendantsAndSelf().Select(Path).Distinct().Where(p => !ours.Contains(p)).ToList();
        Assert.True(missing.Count == 0, "missing: " + string.Join(", ", missing));
    }

    /// <summary>The request of the operation a response sample answers.</summary>
    private static XElement RequestFor(XName response) => response.LocalName switch
    {
        "GetSystemDateAndTimeResponse" => new(Tds + "GetSystemDateAndTime"),
        "GetServicesResponse" => new(Tds + "GetServices", new XElement(Tds + "IncludeCapability", "true")),
        "GetScopesResponse" => new(Tds + "GetScopes"),
        "GetNetworkInterfacesResponse" => new(Tds + "GetNetworkInterfaces"),
        "GetUsersResponse" => new(Tds + "GetUsers"),
        "GetServiceCapabilitiesResponse" => new(response.Namespace + "GetServiceCapabilities"),
        "GetStreamUriResponse" => new(Trt + "GetStreamUri",
            new XElement(Trt + "StreamSetup", new XElement(Tt + "Stream", "RTP-Unicast"), new XElement(Tt + "Transport", new XElement(Tt + "Protocol", "RTSP"))),
            new XElement(Trt + "ProfileToken", "profile_main")),
        "GetProfilesResponse" => new(Tr2 + "GetProfiles", new XElement(Tr2 + "Type", "All")),
        "GetMaskOptionsResponse" => new(Tr2 + "GetMaskOptions", new XElement(Tr2 + "ConfigurationToken", "video_source_config")),
        "GetMasksResponse" => new(Tr2 + "GetMasks"),
        "GetVideoEncoderConfigurationOptionsResponse" => new(Tr2 + "GetVideoEncoderConfigurationOptions", new XElement(Tr2 + "ProfileToken", "profile_main")),
        "GetStatusResponse" => new(Tptz + "GetStatus", new XElement(Tptz + "ProfileToken", "profile_main")),
        "GetNodesResponse" => new(Tptz + "GetNodes"),
        "GetPresetsResponse" => new(Tptz + "GetPresets", new XElement(Tptz + "ProfileToken", "profile_main")),
        "GetConfigurationOptionsResponse" => new(Tptz + "GetConfigurationOptions", new XElement(Tptz + "ConfigurationToken", "ptz_config")),
        "GetConfigurationsResponse" => new(Tptz + "GetConfigurations"),
        _ => throw new ArgumentOutOfRangeException(nameof(response), response, "no request for this sample"),
    };

    /// <summary>An element's path of local names with namespaces, e.g. <c>{tds}GetScopesResponse/{tds}Scopes/{tt}ScopeDef</c>.</summary>
    private static string Path(XElement e) =>
        string.Join("/", e.AncestorsAndSelf().Reverse().Select(a => a.Name.ToString()));

    private static XElement WithCameraTokens(XElement request)
    {
        foreach (var e in request.DescendantsAndSelf())
        {
            if (!e.HasElements && Tokens.TryGetValue(e.Value, out var text) && e.Name.LocalName.EndsWith("Token", StringComparison.Ordinal))
            {
                e.Value = text;
            }

            if (e.Attribute("token") is { } token && Tokens.TryGetValue(token.Value, out var value))
            {
                token.Value = value;
            }
        }

        return request;
    }
}
