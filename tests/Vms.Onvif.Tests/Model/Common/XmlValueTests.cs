using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using Vms.Onvif.Model.Ptz;
using Media1 = Vms.Onvif.Model.Media;

namespace Vms.Onvif.Tests.Model.Common;

/// <summary>Value leniency and the faults raised for missing or malformed parts.</summary>
public class XmlValueTests
{
    private static readonly XNamespace Tptz = OnvifNamespaces.Ptz;
    private static readonly XNamespace Trt = OnvifNamespaces.Media;

    [Theory]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("True", true)]
    [InlineData(" false ", false)]
    [InlineData("0", false)]
    public void Stop_BooleanSpellings_AreRead(string text, bool expected)
    {
        var stop = Stop.FromXml(new XElement(Tptz + "Stop", new XElement(Tptz + "ProfileToken", "p0"), new XElement(Tptz + "PanTilt", text)));
        Assert.Equal(expected, stop.PanTilt);
    }

    [Fact]
    public void GetStatus_MissingProfileToken_ThrowsInvalidArgs()
    {
        var error = Assert.Throws<OnvifMessageException>(() => GetStatus.FromXml(new XElement(Tptz + "GetStatus")));
        Assert.Equal(new OnvifFault(OnvifFaultCodes.Sender, OnvifFaultCodes.InvalidArgs), error.Fault);
        Assert.Contains("ProfileToken", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetStatus_TokenLongerThan64_ThrowsInvalidArgVal()
    {
        var body = new XElement(Tptz + "GetStatus", new XElement(Tptz + "ProfileToken", new string('a', 65)));
        var error = Assert.Throws<OnvifMessageException>(() => GetStatus.FromXml(body));
        Assert.Equal(OnvifFault.InvalidArgVal(), error.Fault);
        Assert.Equal("p", GetStatus.FromXml(new XElement(Tptz + "GetStatus", new XElement(Tptz + "ProfileToken", "  p\n"))).ProfileToken);
    }

    [Fact]
    public void GetStatus_WriteTokenLongerThan64_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => new GetStatus(new string('a', 65)).ToXml());

    [Fact]
    public void ContinuousMove_MissingVelocityAttribute_ThrowsMissingAttr()
    {
        var body = new XElement(Tptz + "ContinuousMove",
            new XElement(Tptz + "ProfileToken", "p0"),
            new XElement(Tptz + "Velocity", new XElement(OnvifNamespaces.Schema + "PanTilt", new XAttribute("x", "0.5"))));
        var error = Assert.Throws<OnvifMessageException>(() => ContinuousMove.FromXml(body));
        Assert.Equal(OnvifFault.MissingAttr, error.Fault);
    }

    [Fact]
    public void ContinuousMove_BadDuration_ThrowsInvalidArgVal()
    {
        var body = new ContinuousMove("p0", new PtzVector(null, new Vector1D(1))).ToXml();
        body.Add(new XElement(Tptz + "Timeout", "5 seconds"));
        Assert.Equal(OnvifFault.InvalidArgVal(), Assert.Throws<OnvifMessageException>(() => ContinuousMove.FromXml(body)).Fault);
    }

    [Fact]
    public void GetStreamUri_UnknownTransport_ThrowsInvalidStreamSetup()
    {
        var body = new Media1.GetStreamUri(new Media1.StreamSetup(Media1.StreamType.RtpUnicast, Media1.TransportProtocol.Udp), "main").ToXml();
        body.Descendants(OnvifNamespaces.Schema + "Protocol").Single().Value = "SCTP";
        var error = Assert.Throws<OnvifMessageException>(() => Media1.GetStreamUri.FromXml(body));
        Assert.Equal(OnvifFault.InvalidArgVal(OnvifFaultCodes.InvalidStreamSetup), error.Fault);
    }

    [Fact]
    public void Media2GetStreamUri_UnknownProtocol_ThrowsInvalidStreamSetup()
    {
        var body = new Vms.Onvif.Model.Media2.GetStreamUri(Vms.Onvif.Model.Media2.StreamProtocol.Rtsp, "p0").ToXml();
        Assert.Equal("RTSP", body.Elements().First().Value);
        body.Elements().First().Value = "WebRTC";
        var error = Assert.Throws<OnvifMessageException>(() => Vms.Onvif.Model.Media2.GetStreamUri.FromXml(body));
        Assert.Equal(OnvifFaultCodes.InvalidStreamSetup, error.Fault.Detail);
    }

    [Fact]
    public void VideoEncoderConfiguration_FloatIntegers_AreReadAsIntegers()
    {
        var body = new XElement(Trt + "GetVideoEncoderConfigurationResponse", XElement.Parse("""
            <Configuration token="v" xmlns="http://www.onvif.org/ver10/media/wsdl" xmlns:tt="http://www.onvif.org/ver10/schema">
              <tt:Encoding>h264</tt:Encoding>
              <tt:Resolution><tt:Width>1280.0</tt:Width><tt:Height>720</tt:Height></tt:Resolution>
              <tt:Quality>4.5</tt:Quality>
            </Configuration>
            """));
        var configuration = Media1.GetVideoEncoderConfigurationResponse.FromXml(body).Configuration;
        Assert.Equal(Media1.VideoEncoding.H264, configuration.Encoding);
        Assert.Equal(1280, configuration.Resolution.Width);
        Assert.Equal(4.5f, configuration.Quality);
        Assert.Equal(MulticastConfiguration.Unconfigured, configuration.Multicast);
        Assert.Equal(TimeSpan.FromSeconds(60), configuration.SessionTimeout);
    }

    [Fact]
    public void GetPresetsResponse_TooManyPresets_ThrowsInvalidArgVal()
    {
        var body = new XElement(Tptz + "GetPresetsResponse", Enumerable.Range(0, 4097).Select(_ => new XElement(Tptz + "Preset")));
        Assert.Equal(OnvifFault.InvalidArgVal(), Assert.Throws<OnvifMessageException>(() => GetPresetsResponse.FromXml(body)).Fault);
    }

    [Fact]
    public void OnvifFault_Path_ListsCodesOutermostFirst()
    {
        var fault = OnvifFault.ActionFailed(OnvifFaultCodes.MaxMasks);
        Assert.Equal([OnvifFaultCodes.Receiver, OnvifFaultCodes.Action, OnvifFaultCodes.MaxMasks], fault.Path);
        Assert.Equal("Receiver / Action / MaxMasks", fault.ToString());
        Assert.Equal(OnvifNamespaces.Error, OnvifFaultCodes.NoProfile.Namespace);
    }
}
