using Vms.Onvif.Soap;

namespace Vms.Onvif.Tests.Soap;

public sealed class SoapContentTypeTests
{
    [Theory]
    [InlineData("application/soap+xml", SoapVersion.Soap12, null, null)]
    [InlineData("application/soap+xml; charset=utf-8", SoapVersion.Soap12, "utf-8", null)]
    [InlineData("application/soap+xml;charset=UTF-8;", SoapVersion.Soap12, "UTF-8", null)]
    [InlineData("Application/SOAP+XML; charset=utf-8; action=\"http://www.onvif.org/ver10/device/wsdl/GetServices\"", SoapVersion.Soap12, "utf-8", "http://www.onvif.org/ver10/device/wsdl/GetServices")]
    [InlineData("application/soap+xml; action=\"a;b\"; charset=\"utf-8\"", SoapVersion.Soap12, "utf-8", "a;b")]
    [InlineData("text/xml; charset=utf-8", SoapVersion.Soap11, "utf-8", null)]
    [InlineData("text/xml", SoapVersion.Soap11, null, null)]
    public void TryParse_SoapMediaTypes_AreAccepted(string header, SoapVersion version, string? charset, string? action)
    {
        Assert.True(SoapContentType.TryParse(header, out var ct));
        Assert.Equal(version, ct.Version);
        Assert.Equal(charset, ct.Charset);
        Assert.Equal(action, ct.Action);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("application/json")]
    [InlineData("text/html; charset=utf-8")]
    [InlineData("application/xml")]
    [InlineData("multipart/related; type=\"application/xop+xml\"")]
    public void TryParse_OtherMediaTypes_AreRefused(string? header)
    {
        Assert.False(SoapContentType.TryParse(header, out _));
    }

    [Fact]
    public void Format_Soap12WithAction_QuotesTheAction()
    {
        Assert.Equal("application/soap+xml; charset=utf-8; action=\"urn:x\"", SoapContentType.Format(SoapVersion.Soap12, "urn:x"));
        Assert.Equal("text/xml; charset=utf-8", SoapContentType.Format(SoapVersion.Soap11, "urn:x"));
    }
}
