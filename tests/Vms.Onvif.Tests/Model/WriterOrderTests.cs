using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using Vms.Onvif.Model.Device;
using Vms.Onvif.Model.Media2;
using Vms.Onvif.Model.Ptz;
using Media1 = Vms.Onvif.Model.Media;

namespace Vms.Onvif.Tests.Model;

/// <summary>The orders and namespaces positional camera parsers depend on, asserted element by element.</summary>
public class WriterOrderTests
{
    private static readonly XNamespace Tt = OnvifNamespaces.Schema;
    private static readonly XNamespace Tr2 = OnvifNamespaces.Media2;
    private static readonly XNamespace Trt = OnvifNamespaces.Media;
    private static readonly XNamespace Tptz = OnvifNamespaces.Ptz;

    [Fact]
    public void Media1VideoEncoderConfiguration_ToXml_QualityBeforeRateControl()
    {
        var body = new Media1.SetVideoEncoderConfiguration(new Media1.VideoEncoderConfiguration
        {
            Token = "vec0",
            Name = "main",
            UseCount = 1,
            Encoding = Media1.VideoEncoding.H264,
            Resolution = new VideoResolution(1920, 1080),
            Quality = 5,
            RateControl = new Media1.VideoRateControl(12, 1, 2048),
            H264 = new Media1.H264Configuration(24, Media1.H264Profile.Main),
        }).ToXml();
        AssertChildren(body, Trt + "Configuration", Trt + "ForcePersistence");
        AssertChildren(body.Element(Trt + "Configuration")!,
            Tt + "Name", Tt + "UseCount", Tt + "Encoding", Tt + "Resolution", Tt + "Quality", Tt + "RateControl", Tt + "H264", Tt + "Multicast", Tt + "SessionTimeout");
        AssertChildren(body.Descendants(Tt + "RateControl").Single(), Tt + "FrameRateLimit", Tt + "EncodingInterval", Tt + "BitrateLimit");
    }

    [Fact]
    public void Media2VideoEncoderConfiguration_ToXml_QualityLastAndGovLengthAttribute()
    {
        var body = new SetVideoEncoderConfiguration(new VideoEncoder2Configuration
        {
            Token = "vec0",
            Name = "main",
            Encoding = VideoEncodingNames.H265,
            Resolution = new VideoResolution(1920, 1080),
            RateControl = new VideoRateControl2(12, 2048, ConstantBitRate: false),
            Multicast = MulticastConfiguration.Unconfigured,
            Quality = 5,
            GovLength = 24,
            Profile = "Main",
        }).ToXml();
        var configuration = body.Element(Tr2 + "Configuration")!;
        AssertChildren(configuration, Tt + "Name", Tt + "UseCount", Tt + "Encoding", Tt + "Resolution", Tt + "RateControl", Tt + "Multicast", Tt + "Quality");
        Assert.Equal("24", (string?)configuration.Attribute("GovLength"));
        Assert.Equal("false", (string?)configuration.Element(Tt + "RateControl")!.Attribute("ConstantBitRate"));
        Assert.Equal("12", configuration.Element(Tt + "RateControl")!.Element(Tt + "FrameRateLimit")!.Value);
    }

    [Fact]
    public void PtzConfiguration_ToXml_UsesSchemaPantSpellingInOrder()
    {
        var body = new GetConfigurationResponse(new PtzConfiguration
        {
            Token = "ptz0",
            Name = "ptz",
            NodeToken = "n0",
            DefaultAbsolutePanTiltPositionSpace = PtzSpaceUris.PanTiltPositionGeneric,
            DefaultAbsoluteZoomPositionSpace = PtzSpaceUris.ZoomPositionGeneric,
            DefaultContinuousPanTiltVelocitySpace = PtzSpaceUris.PanTiltVelocityGeneric,
            DefaultPtzSpeed = new PtzVector(new Vector2D(1, 1, PtzSpaceUris.PanTiltSpeedGeneric), new Vector1D(1)),
            DefaultPtzTimeout = TimeSpan.FromSeconds(5),
            PanTiltLimits = new Space2DDescription(PtzSpaceUris.PanTiltPositionGeneric, new FloatRange(-1, 1), new FloatRange(-1, 1)),
        }).ToXml();
        AssertChildren(body.Element(Tptz + "PTZConfiguration")!,
            Tt + "Name", Tt + "UseCount", Tt + "NodeToken", Tt + "DefaultAbsolutePantTiltPositionSpace", Tt + "DefaultAbsoluteZoomPositionSpace",
            Tt + "DefaultContinuousPanTiltVelocitySpace", Tt + "DefaultPTZSpeed", Tt + "DefaultPTZTimeout", Tt + "PanTiltLimits");
        Assert.Equal("PT5S", body.Descendants(Tt + "DefaultPTZTimeout").Single().Value);
    }

    [Fact]
    public void ContinuousMove_ToXml_VelocityChildrenInSchemaNamespace()
    {
        var body = new ContinuousMove("p0", new PtzVector(new Vector2D(0.5f, -0.25f), new Vector1D(0)), TimeSpan.FromSeconds(2)).ToXml();
        AssertChildren(body, Tptz + "ProfileToken", Tptz + "Velocity", Tptz + "Timeout");
        AssertChildren(body.Element(Tptz + "Velocity")!, Tt + "PanTilt", Tt + "Zoom");
        Assert.Equal("-0.25", (string?)body.Descendants(Tt + "PanTilt").Single().Attribute("y"));
        Assert.Null(body.Descendants(Tt + "PanTilt").Single().Attribute(Tt + "x"));
    }

    [Fact]
    public void CreateMask_ToXml_PointsAreSchemaElementsInsideMedia2Polygon()
    {
        var body = new CreateMask(new Mask
        {
            ConfigurationToken = "vsc0",
            Polygon = [new(-0.5f, 0.5f), new(0, 0.5f), new(0, 0)],
            Type = MaskType.Pixelated,
            Color = new Color(255, 0, 0, Colorspaces.Rgb),
            Enabled = true,
        }).ToXml();
        var mask = body.Element(Tr2 + "Mask")!;
        AssertChildren(mask, Tr2 + "ConfigurationToken", Tr2 + "Polygon", Tr2 + "Type", Tr2 + "Color", Tr2 + "Enabled");
        AssertChildren(mask.Element(Tr2 + "Polygon")!, Tt + "Point", Tt + "Point", Tt + "Point");
        Assert.Equal("Pixelated", mask.Element(Tr2 + "Type")!.Value);
        Assert.Null(mask.Attribute("token"));
    }

    [Fact]
    public void SystemDateAndTime_ToXml_TimeBeforeDate()
    {
        var body = new GetSystemDateAndTimeResponse(new SystemDateTime
        {
            DateTimeType = SetDateTimeType.Manual,
            TimeZone = "UTC0",
            UtcDateTime = new DateTimeOffset(2026, 7, 1, 10, 2, 3, TimeSpan.Zero),
        }).ToXml();
        AssertChildren(body.Descendants(Tt + "UTCDateTime").Single(), Tt + "Time", Tt + "Date");
        AssertChildren(body.Descendants(Tt + "Time").Single(), Tt + "Hour", Tt + "Minute", Tt + "Second");
        Assert.Equal("NTP", new SetSystemDateAndTime(SetDateTimeType.Ntp, false, null, null).ToXml().Element(OnvifNamespaces.Device + "DateTimeType")!.Value);
    }

    [Fact]
    public void Media1GetStreamUri_ToXml_StreamSetupChildrenInSchemaNamespace()
    {
        var body = new Media1.GetStreamUri(new Media1.StreamSetup(Media1.StreamType.RtpUnicast, Media1.TransportProtocol.Rtsp), "main").ToXml();
        AssertChildren(body, Trt + "StreamSetup", Trt + "ProfileToken");
        AssertChildren(body.Element(Trt + "StreamSetup")!, Tt + "Stream", Tt + "Transport");
        Assert.Equal("RTP-Unicast", body.Descendants(Tt + "Stream").Single().Value);
    }

    private static void AssertChildren(XElement element, params XName[] expected) =>
        Assert.Equal(expected, element.Elements().Select(e => e.Name));
}
