using System.Xml.Linq;
using Vms.Onvif.Discovery;

namespace Vms.Onvif.Tests.Discovery;

public sealed class ScopeMatcherTests
{
    [Theory]
    [InlineData("onvif://www.onvif.org/location/country", "onvif://www.onvif.org/location/country/china", true)]
    [InlineData("onvif://www.onvif.org/hardware/D1", "onvif://www.onvif.org/hardware/D1-566", false)]
    [InlineData("onvif://www.onvif.org/hardware/D1", "onvif://www.onvif.org/hardware/D1", true)]
    [InlineData("ONVIF://WWW.ONVIF.ORG/name/Cam", "onvif://www.onvif.org/name/Cam", true)]
    [InlineData("onvif://www.onvif.org/name/cam", "onvif://www.onvif.org/name/Cam", false)]
    [InlineData("onvif://www.onvif.org/location/", "onvif://www.onvif.org/location/city/paris", true)]
    [InlineData("onvif://www.onvif.org/name/My%20Cam", "onvif://www.onvif.org/name/My Cam", true)]
    [InlineData("onvif://www.onvif.org/location/country/china", "onvif://www.onvif.org/location/country", false)]
    [InlineData("onvif://other.org/location", "onvif://www.onvif.org/location/x", false)]
    [InlineData("http://www.onvif.org/location", "onvif://www.onvif.org/location/x", false)]
    [InlineData("onvif://www.onvif.org/location/../name", "onvif://www.onvif.org/name/x", false)]
    [InlineData("onvif://www.onvif.org", "onvif://www.onvif.org/anything", true)]
    public void Matches_Rfc3986Rule_FollowsTheSegmentPrefixRule(string probe, string device, bool expected)
    {
        Assert.Equal(expected, ScopeMatcher.Matches(probe, device, DiscoveryConstants.MatchByRfc3986));
        Assert.Equal(expected, ScopeMatcher.Matches(probe, device, null)); // the default rule is the same prefix rule
    }

    [Fact]
    public void Matches_Strcmp0_IsExact()
    {
        Assert.True(ScopeMatcher.Matches("onvif://www.onvif.org/name/a", "onvif://www.onvif.org/name/a", DiscoveryConstants.MatchByStrcmp0));
        Assert.False(ScopeMatcher.Matches("onvif://www.onvif.org/name", "onvif://www.onvif.org/name/a", DiscoveryConstants.MatchByStrcmp0));
    }

    [Fact]
    public void Matches_UnsupportedRule_NeverMatchesAndIsReported()
    {
        const string ldap = "http://schemas.xmlsoap.org/ws/2005/04/discovery/ldap";

        Assert.False(ScopeMatcher.IsSupported(ldap));
        Assert.False(ScopeMatcher.Matches("onvif://www.onvif.org/name", "onvif://www.onvif.org/name/a", ldap));
        Assert.True(ScopeMatcher.IsSupported(null));
    }

    [Fact]
    public void ProbeMatcher_TypesByNamespaceAndLocalName_EmptyMatchesEverything()
    {
        var device = new DiscoveryEndpoint("urn:uuid:x", [DiscoveryConstants.NetworkVideoTransmitter, DiscoveryConstants.Device], ["onvif://www.onvif.org/name/a"], [], 1);

        Assert.True(ProbeMatcher.Matches(new ProbeMessage("m", [], []), device));
        Assert.True(ProbeMatcher.Matches(new ProbeMessage("m", [DiscoveryConstants.Device], ["onvif://www.onvif.org/name"]), device));
        Assert.False(ProbeMatcher.Matches(new ProbeMessage("m", [XName.Get("NetworkVideoTransmitter", "urn:other")], []), device));
        Assert.False(ProbeMatcher.Matches(new ProbeMessage("m", [], ["onvif://www.onvif.org/name/b"]), device));
    }

    [Fact]
    public void OnvifScopeInfo_Parse_DecodesCategories()
    {
        var info = OnvifScopeInfo.Parse([
            "onvif://www.onvif.org/Profile/Streaming", "onvif://www.onvif.org/Profile/T", "onvif://www.onvif.org/name/AXIS%20M1065-L",
            "onvif://www.onvif.org/hardware/SIM-PTZ", "onvif://www.onvif.org/location/country/fr", "onvif://www.onvif.org/location/city/Saint%20Denis",
            "onvif://www.onvif.org/type/video_encoder", "onvif://www.onvif.org/MacAddress/00:11:22:33:44:55", "onvif://www.onvif.org/SerialNumber/SN1",
            "http://example.com/custom",
        ]);

        Assert.Equal("AXIS M1065-L", info.Name);
        Assert.Equal("SIM-PTZ", info.Hardware);
        Assert.Equal(["Streaming", "T"], info.Profiles);
        Assert.Equal(["country/fr", "city/Saint Denis"], info.Locations);
        Assert.Equal(["video_encoder"], info.Types);
        Assert.Equal("00:11:22:33:44:55", info.MacAddress);
        Assert.Equal("SN1", info.SerialNumber);
    }
}
