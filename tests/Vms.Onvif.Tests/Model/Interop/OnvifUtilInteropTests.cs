using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using Vms.Onvif.Model.Device;
using Vms.Onvif.Model.Media;
using Vms.Onvif.Model.Ptz;
using Vms.Onvif.Tests.Model.Support;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Onvif.Tests.Model.Interop;

/// <summary>A third-party ONVIF client (onvif-util) against bodies written by the model: a test-only fake camera
/// (Fixtures/Model/Interop/fake_camera.py) answers discovery and every SOAP request with an envelope around a body
/// our writers produced, and records the requests. onvif-util must show our values, and our readers must read every
/// request onvif-util sent.</summary>
public class OnvifUtilInteropTests(ITestOutputHelper output)
{
    private static readonly XNamespace Soap = OnvifNamespaces.Soap12;
    private static readonly string Camera = NetworkNamespacePair.CameraAddress;

    [RequiresToolsFact("onvif-util", "python3", "ip", NeedsRoot = true)]
    public async Task OnvifUtil_AgainstModelBodies_ShowsOurValuesAndSendsReadableRequests()
    {
        var folder = Directory.CreateTempSubdirectory("vms-onvif-model-interop-");
        try
        {
            WriteCamera(folder.FullName);
            await using var namespaces = await NetworkNamespacePair.CreateAsync();
            await using var fake = NetworkNamespacePair.Start(namespaces.Camera, "python3", [Fixtures.PathOf("Model/Interop/fake_camera.py"), Camera, folder.FullName]);
            var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            fake.OutputLine += line => ready.TrySetResult();
            await ready.Task.WithTimeout();

            var commands = "get time\nget capabilities\nget profiles\nget rtsp\nget video\nget video options\nquit\n";
            await using var client = NetworkNamespacePair.Start(namespaces.Client, "onvif-util", ["-u", "admin", "-p", "admin", Camera], commands);
            await client.WaitAsync(TimeSpan.FromSeconds(60));
            var shown = client.StandardOutput + client.StandardError;
            output.WriteLine(shown);

            var requests = ReadRequests(folder.FullName);
            output.WriteLine("requests: " + string.Join(", ", requests.Select(r => r.Name.LocalName)));
            foreach (var request in requests)
            {
                // every body onvif-util sent is read by our reader for that operation
                var type = MessageCatalog.All.SingleOrDefault(t => MessageCatalog.ElementName(t) == request.Name);
                Assert.True(type is not null, "no model for request " + request.Name);
                MessageCatalog.Read(type, request);
            }

            // onvif-util took the Media address from our GetCapabilitiesResponse (tt:Media/tt:XAddr)
            var paths = File.ReadAllLines(Path.Combine(folder.FullName, "requests", "paths.txt"));
            Assert.Contains(paths, p => p.EndsWith(" GetProfiles /onvif/media", StringComparison.Ordinal));

            var streamUri = GetStreamUri.FromXml(requests.First(r => r.Name == GetStreamUri.ElementName));
            Assert.Equal("Profile_main", streamUri.ProfileToken);
            Assert.Equal(StreamType.RtpUnicast, streamUri.StreamSetup.Stream);

            // what onvif-util shows comes from our response bodies
            Assert.Contains("serial: SN-0001", shown, StringComparison.Ordinal);
            Assert.Contains("Timezone:    UTC0", shown, StringComparison.Ordinal);
            Assert.Contains("Time Set By: Manual", shown, StringComparison.Ordinal);
            Assert.Contains("Token 1: Profile_sub", shown, StringComparison.Ordinal);
            Assert.Contains("rtsp://10.231.0.2:554/vms/main", shown, StringComparison.Ordinal);
            Assert.Contains("Resolution: 1920 x 1080", shown, StringComparison.Ordinal);
            Assert.Contains("Gov Length: 24", shown, StringComparison.Ordinal);
            Assert.Contains("Frame Rate: 12", shown, StringComparison.Ordinal);
            Assert.Contains("640 x 360", shown, StringComparison.Ordinal);
            Assert.Contains("Max Bit Rate: 8192", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("ERROR", shown, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static List<XElement> ReadRequests(string folder) =>
        [.. Directory.GetFiles(Path.Combine(folder, "requests"), "*.xml").Order(StringComparer.Ordinal)
            .Where(f => !f.EndsWith("-Probe.xml", StringComparison.Ordinal))
            .Select(f => XElement.Load(f).Element(Soap + "Body")!.Elements().First())];

    /// <summary>The fake camera's answers: one envelope per operation, bodies from the model.</summary>
    private static void WriteCamera(string folder)
    {
        var now = DateTimeOffset.UtcNow;
        var xaddr = $"http://{Camera}/onvif/device_service";
        var main = new Profile
        {
            Token = "Profile_main",
            Fixed = true,
            Name = "VmsMain",
            VideoSourceConfiguration = new VideoSourceConfiguration { Token = "vsc0", Name = "source", UseCount = 2, SourceToken = "vs0", Bounds = new IntRectangle(0, 0, 1920, 1080) },
            VideoEncoderConfiguration = new VideoEncoderConfiguration
            {
                Token = "vec0",
                Name = "main",
                UseCount = 1,
                Encoding = VideoEncoding.H264,
                Resolution = new VideoResolution(1920, 1080),
                Quality = 5,
                RateControl = new VideoRateControl(12, 1, 2048),
                H264 = new H264Configuration(24, H264Profile.Main),
            },
            PtzConfiguration = new PtzConfiguration { Token = "ptz0", Name = "ptz", UseCount = 1, NodeToken = "n0", DefaultPtzTimeout = TimeSpan.FromSeconds(5) },
        };
        var sub = main with
        {
            Token = "Profile_sub",
            Name = "VmsSub",
            VideoEncoderConfiguration = main.VideoEncoderConfiguration with { Token = "vec1", Name = "sub", Resolution = new VideoResolution(640, 360) },
            PtzConfiguration = null,
        };
        IOnvifBody[] bodies =
        [
            Body(new GetSystemDateAndTimeResponse(new SystemDateTime { DateTimeType = SetDateTimeType.Manual, TimeZone = "UTC0", UtcDateTime = now, LocalDateTime = now.UtcDateTime })),
            Body(new GetHostnameResponse(new HostnameInformation(false, "vms-sim"))),
            Body(new GetDeviceInformationResponse(new DeviceInformation("Vms", "SimCam", "1.0", "SN-0001", "HW-1"))),
            Body(new GetCapabilitiesResponse(new Capabilities
            {
                Device = new DeviceCapabilities { XAddr = xaddr },
                Events = new EventCapabilities($"http://{Camera}/onvif/events", false, true, false),
                Media = new MediaCapabilities($"http://{Camera}/onvif/media", new RealTimeStreamingCapabilities(false, true, true)),
                PtzXAddr = $"http://{Camera}/onvif/ptz",
            })),
            Body(new GetServicesResponse([new Service { Namespace = OnvifNamespaces.Device.NamespaceName, XAddr = xaddr, Version = new OnvifVersion(21, 12) }])),
            Body(new GetProfilesResponse([main, sub])),
            Body(new GetProfileResponse(main)),
            Body(new GetStreamUriResponse(new MediaUri("rtsp://10.231.0.2:554/vms/main"))),
            Body(new GetSnapshotUriResponse(new MediaUri("http://10.231.0.2/snapshot/main"))),
            Body(new GetVideoEncoderConfigurationResponse(main.VideoEncoderConfiguration)),
            Body(new GetVideoEncoderConfigurationOptionsResponse(new VideoEncoderConfigurationOptions
            {
                QualityRange = new IntRange(0, 10),
                H264 = new H264Options
                {
                    ResolutionsAvailable = [new VideoResolution(1920, 1080), new VideoResolution(640, 360)],
                    GovLengthRange = new IntRange(1, 300),
                    FrameRateRange = new IntRange(1, 25),
                    EncodingIntervalRange = new IntRange(1, 1),
                    ProfilesSupported = [H264Profile.Main, H264Profile.High],
                    BitrateRange = new IntRange(64, 8192),
                },
            })),
            Body(new GetNetworkInterfacesResponse([new NetworkInterface
            {
                Token = "eth0",
                Enabled = true,
                Info = new NetworkInterfaceInfo("eth0", "02:00:00:00:00:02", 1500),
                IPv4 = new IPv4NetworkInterface { Enabled = true, Manual = [new PrefixedIPv4Address(Camera, 24)] },
            }])),
        ];
        foreach (var body in bodies)
        {
            File.WriteAllText(Path.Combine(folder, body.Operation + ".xml"), Envelope(body.Element).ToString());
        }

        File.WriteAllText(Path.Combine(folder, "fault.xml"), Envelope(new XElement(Soap + "Fault",
            new XElement(Soap + "Code", new XElement(Soap + "Value", "s:Receiver"),
                new XElement(Soap + "Subcode", new XElement(Soap + "Value", "ter:ActionNotSupported"))),
            new XElement(Soap + "Reason", new XElement(Soap + "Text", new XAttribute(XNamespace.Xml + "lang", "en"), "not supported")))).ToString());
        File.WriteAllText(Path.Combine(folder, "probematches.xml"), ProbeMatches(xaddr).ToString());
    }

    private static XDocument Envelope(XElement body) => new(
        new XDeclaration("1.0", "utf-8", null),
        new XElement(Soap + "Envelope",
            OnvifNamespaces.WellKnownPrefixes.Select(p => new XAttribute(XNamespace.Xmlns + p.Prefix, p.Namespace.NamespaceName)),
            new XElement(Soap + "Body", body)));

    private static XDocument ProbeMatches(string xaddr)
    {
        XNamespace a = OnvifNamespaces.DiscoveryAddressing, d = OnvifNamespaces.Discovery;
        return new XDocument(new XElement(Soap + "Envelope",
            new XAttribute(XNamespace.Xmlns + "s", Soap.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "a", a.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "d", d.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "dn", OnvifNamespaces.Network.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "tds", OnvifNamespaces.Device.NamespaceName),
            new XElement(Soap + "Header",
                new XElement(a + "MessageID", "urn:uuid:" + Guid.NewGuid()),
                new XElement(a + "RelatesTo", "set-by-the-fake"),
                new XElement(a + "To", "http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous"),
                new XElement(a + "Action", "http://schemas.xmlsoap.org/ws/2005/04/discovery/ProbeMatches")),
            new XElement(Soap + "Body",
                new XElement(d + "ProbeMatches",
                    new XElement(d + "ProbeMatch",
                        new XElement(a + "EndpointReference", new XElement(a + "Address", "urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427")),
                        new XElement(d + "Types", "dn:NetworkVideoTransmitter tds:Device"),
                        new XElement(d + "Scopes", "onvif://www.onvif.org/Profile/Streaming onvif://www.onvif.org/name/VmsSim"),
                        new XElement(d + "XAddrs", xaddr),
                        new XElement(d + "MetadataVersion", "1"))))));
    }

    private static IOnvifBody Body<T>(T message)
        where T : IOnvifMessage<T> => new OnvifBody(T.ElementName.LocalName, message.ToXml());

    private interface IOnvifBody
    {
        string Operation { get; }

        XElement Element { get; }
    }

    private sealed record OnvifBody(string Response, XElement Element) : IOnvifBody
    {
        public string Operation => Response.EndsWith("Response", StringComparison.Ordinal) ? Response[..^"Response".Length] : Response;
    }
}
