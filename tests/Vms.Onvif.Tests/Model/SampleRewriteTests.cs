using System.Xml.Linq;
using Vms.Onvif.Tests.Model.Support;

namespace Vms.Onvif.Tests.Model;

/// <summary>Each shared sample read and written again gives the same element tree: same element names (namespace +
/// local name) in the same order, same attributes. This pins our writer's order and namespaces to the samples.</summary>
public class SampleRewriteTests
{
    public static TheoryData<string, string> Cases() => new()
    {
        { "03_sysdt.xml", "Vms.Onvif.Model.Device.GetSystemDateAndTimeResponse" },
        { "04_setdt.xml", "Vms.Onvif.Model.Device.SetSystemDateAndTime" },
        { "05_services.xml", "Vms.Onvif.Model.Device.GetServicesResponse" },
        { "06_scopes.xml", "Vms.Onvif.Model.Device.GetScopesResponse" },
        { "07_netif.xml", "Vms.Onvif.Model.Device.GetNetworkInterfacesResponse" },
        { "08_createusers.xml", "Vms.Onvif.Model.Device.CreateUsers" },
        { "09_setntp.xml", "Vms.Onvif.Model.Device.SetNtp" },
        { "10_getstreamuri.xml", "Vms.Onvif.Model.Media.GetStreamUri" },
        { "11_getstreamuriresp.xml", "Vms.Onvif.Model.Media.GetStreamUriResponse" },
        { "12_setvec.xml", "Vms.Onvif.Model.Media.SetVideoEncoderConfiguration" },
        { "13_tr2profiles.xml", "Vms.Onvif.Model.Media2.GetProfilesResponse" },
        { "14_tr2streamuri.xml", "Vms.Onvif.Model.Media2.GetStreamUri" },
        { "15_createmask.xml", "Vms.Onvif.Model.Media2.CreateMask" },
        { "16_maskopts.xml", "Vms.Onvif.Model.Media2.GetMaskOptionsResponse" },
        { "17_getmasks.xml", "Vms.Onvif.Model.Media2.GetMasks" },
        { "18_getmasksresp.xml", "Vms.Onvif.Model.Media2.GetMasksResponse" },
        { "19_contmove.xml", "Vms.Onvif.Model.Ptz.ContinuousMove" },
        { "20_status.xml", "Vms.Onvif.Model.Ptz.GetStatusResponse" },
        { "21_nodes.xml", "Vms.Onvif.Model.Ptz.GetNodesResponse" },
        { "22_presets.xml", "Vms.Onvif.Model.Ptz.GetPresetsResponse" },
        { "23_setpreset.xml", "Vms.Onvif.Model.Ptz.SetPreset" },
        { "24_gotopreset.xml", "Vms.Onvif.Model.Ptz.GotoPreset" },
        { "25_ptzconfopts.xml", "Vms.Onvif.Model.Ptz.GetConfigurationOptionsResponse" },
        { "26_ptzconf.xml", "Vms.Onvif.Model.Ptz.GetConfigurationsResponse" },
        { "27_cpps.xml", "Vms.Onvif.Model.Events.CreatePullPointSubscription" },
        { "28_cppsresp.xml", "Vms.Onvif.Model.Events.CreatePullPointSubscriptionResponse" },
        { "29_pull.xml", "Vms.Onvif.Model.Events.PullMessages" },
        { "30_pullresp.xml", "Vms.Onvif.Model.Events.PullMessagesResponse" },
        { "31_renew.xml", "Vms.Onvif.Model.Events.Renew" },
        { "32_getrecordings.xml", "Vms.Onvif.Model.Recording.GetRecordingsResponse" },
        { "33_findrec.xml", "Vms.Onvif.Model.Search.FindRecordings" },
        { "34_recres.xml", "Vms.Onvif.Model.Search.GetRecordingSearchResultsResponse" },
        { "35_replayuri.xml", "Vms.Onvif.Model.Replay.GetReplayUri" },
        { "36_imaging.xml", "Vms.Onvif.Model.Imaging.Move" },
        { "37_v2opts.xml", "Vms.Onvif.Model.Media2.GetVideoEncoderConfigurationOptionsResponse" },
        { "38_getusers.xml", "Vms.Onvif.Model.Device.GetUsersResponse" },
        { "39_devcaps.xml", "Vms.Onvif.Model.Device.GetServiceCapabilitiesResponse" },
        { "40_stop.xml", "Vms.Onvif.Model.Ptz.Stop" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReadThenWrite_SharedSample_GivesSameElementTree(string sample, string typeName)
    {
        var original = Samples.Shared(sample);
        var written = MessageCatalog.Write(MessageCatalog.Read(MessageCatalog.ByName(typeName), original));
        Assert.Equal(Shape(original), Shape(written));
    }

    [Fact]
    public void Cases_CoverEveryServiceSample()
    {
        // 01-02 are WS-Discovery bodies, read by the discovery code, not by this model.
        var covered = Cases().Select(c => (string)c[0]).ToHashSet();
        var expected = Samples.SharedNames().Where(n => int.Parse(n.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture) > 2);
        Assert.Empty(expected.Except(covered));
    }

    /// <summary>One line per element: depth, {namespace}name, attribute names (not namespace declarations).</summary>
    private static string Shape(XElement root) => string.Join("\n", root.DescendantsAndSelf().Select(e =>
        new string(' ', e.Ancestors().Count()) + e.Name + " " + string.Join(",", e.Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => a.Name.ToString()).Order(StringComparer.Ordinal))));
}
