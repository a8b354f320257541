using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using Vms.Onvif.Model.Device;
using Vms.Onvif.Model.Events;
using Vms.Onvif.Model.Media2;
using Vms.Onvif.Model.Ptz;
using Vms.Onvif.Tests.Model.Support;
using Media1 = Vms.Onvif.Model.Media;

namespace Vms.Onvif.Tests.Model;

/// <summary>Bodies written the way real cameras and clients write them (fixtures in Fixtures/Model): other prefixes,
/// default namespaces, redundant declarations, padded values, unknown and vendor elements, missing optional parts,
/// prose spellings.</summary>
public class TolerantReadingTests
{
    [Fact]
    public void Media1GetProfilesResponse_HikStyle_ReadsModelledPartsAndSkipsTheRest()
    {
        var profiles = Media1.GetProfilesResponse.FromXml(Samples.Fixture("hik_getprofiles_response.xml")).Profiles;
        Assert.Equal(["Profile_1", "Profile_2", "Profile_3"], profiles.Select(p => p.Token));

        var main = profiles[0];
        Assert.True(main.Fixed);
        Assert.Equal("mainStream", main.Name);
        Assert.Equal("VideoSource_1", main.VideoSourceConfiguration?.SourceToken);
        Assert.Equal(new IntRectangle(0, 0, 2688, 1520), main.VideoSourceConfiguration?.Bounds);
        var encoder = main.VideoEncoderConfiguration;
        Assert.NotNull(encoder);
        Assert.Equal(Media1.VideoEncoding.H264, encoder.Encoding);
        Assert.Equal(3f, encoder.Quality);
        Assert.Equal(new Media1.VideoRateControl(25, 1, 4096), encoder.RateControl);
        Assert.Equal(new Media1.H264Configuration(50, Media1.H264Profile.Main), encoder.H264);
        Assert.Equal(new MulticastConfiguration(new IpAddress(IpType.IPv4, "239.0.0.1"), 8860, 128, false), encoder.Multicast);
        Assert.Equal(TimeSpan.FromSeconds(5), encoder.SessionTimeout);
        var ptz = main.PtzConfiguration;
        Assert.NotNull(ptz);
        Assert.Equal("PTZNODETOKEN", ptz.NodeToken);
        Assert.Equal(0, ptz.MoveRamp);
        Assert.Equal(PtzSpaceUris.PanTiltPositionGeneric, ptz.DefaultAbsolutePanTiltPositionSpace);
        Assert.Equal(new Vector2D(0.1f, 0.1f, PtzSpaceUris.PanTiltSpeedGeneric), ptz.DefaultPtzSpeed?.PanTilt);
        Assert.Equal(TimeSpan.FromMinutes(5), ptz.DefaultPtzTimeout);
        Assert.Equal(new FloatRange(-1, 1), ptz.PanTiltLimits?.YRange);
        Assert.Equal(new FloatRange(0, 1), ptz.ZoomLimits?.XRange);

        Assert.Equal(Media1.VideoEncoding.Jpeg, profiles[1].VideoEncoderConfiguration?.Encoding);
        Assert.Null(profiles[1].VideoEncoderConfiguration?.H264);
        Assert.False(profiles[2].Fixed);
        Assert.Null(profiles[2].VideoSourceConfiguration);
        Assert.Null(profiles[2].VideoEncoderConfiguration);
    }

    [Fact]
    public void Media1Options_ExtensionCopies_GiveBitrateRanges()
    {
        var options = Media1.GetVideoEncoderConfigurationOptionsResponse.FromXml(Samples.Fixture("hik_getvideoencoderconfigurationoptions_response.xml")).Options;
        Assert.Equal(new IntRange(1, 6), options.QualityRange);
        Assert.Equal(new IntRange(32, 2048), options.Jpeg?.BitrateRange);
        var h264 = options.H264;
        Assert.NotNull(h264);
        Assert.Equal(new IntRange(32, 16384), h264.BitrateRange);
        Assert.Equal([new VideoResolution(2688, 1520), new VideoResolution(1920, 1080)], h264.ResolutionsAvailable);
        Assert.Equal(new IntRange(1, 400), h264.GovLengthRange);
        Assert.Equal([Media1.H264Profile.Baseline, Media1.H264Profile.Main, Media1.H264Profile.High], h264.ProfilesSupported);
    }

    [Fact]
    public void GetStatusResponse_AxisStyleDefaultNamespaces_ReadsStatusInUtc()
    {
        var status = GetStatusResponse.FromXml(Samples.Fixture("axis_getstatus_response.xml")).Status;
        Assert.Equal(new Vector2D(-0.25f, 0.75f, PtzSpaceUris.PanTiltPositionGeneric), status.Position?.PanTilt);
        Assert.Equal(0.1f, status.Position?.Zoom?.X);
        Assert.Equal(new PtzMoveStatus(MoveStatus.Moving, MoveStatus.Idle), status.MoveStatus);
        Assert.Equal("NO error", status.Error);
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 10, 0, 0, 500, TimeSpan.Zero), status.UtcTime);
        Assert.Equal(TimeSpan.Zero, status.UtcTime.Offset);
    }

    [Fact]
    public void GetCapabilitiesResponse_DahuaStyle_ReadsAddressesAndDefaultsMissingFlags()
    {
        var capabilities = GetCapabilitiesResponse.FromXml(Samples.Fixture("dahua_getcapabilities_response.xml")).Capabilities;
        Assert.Equal("http://192.168.1.108/onvif/device_service", capabilities.Device?.XAddr);
        Assert.Equal(new NetworkCapabilities(false, true, null, null), capabilities.Device?.Network);
        var system = capabilities.Device?.System;
        Assert.NotNull(system);
        Assert.True(system.DiscoveryBye);
        Assert.False(system.SystemBackup);
        Assert.Equal([new OnvifVersion(2, 60), new OnvifVersion(16, 12)], system.SupportedVersions);
        Assert.Equal(new IoCapabilities(2, 1), capabilities.Device?.Io);
        Assert.True(capabilities.Device?.Security?.Tls12);
        Assert.False(capabilities.Device?.Security?.X509Token);
        Assert.Equal(new EventCapabilities("http://192.168.1.108/onvif/event_service", true, true, false), capabilities.Events);
        Assert.Equal("http://192.168.1.108/onvif/imaging_service", capabilities.ImagingXAddr);
        Assert.Equal("http://192.168.1.108/onvif/media_service", capabilities.Media?.XAddr);
        Assert.Equal(new RealTimeStreamingCapabilities(true, true, true), capabilities.Media?.StreamingCapabilities);
        Assert.Equal("http://192.168.1.108/onvif/ptz_service", capabilities.PtzXAddr);
        Assert.Equal(new DeviceIoCapabilities("http://192.168.1.108/onvif/deviceIO_service", 1, 0, 1, 1, 1), capabilities.DeviceIo);
        Assert.Equal(64, capabilities.Recording?.MaxStringLength);
        Assert.Equal("http://192.168.1.108/onvif/search_service", capabilities.Search?.XAddr);
        Assert.Equal("http://192.168.1.108/onvif/replay_service", capabilities.ReplayXAddr);
    }

    [Fact]
    public void GetSystemDateAndTimeResponse_PaddedValuesOtherPrefixes_ReadsClock()
    {
        var clock = GetSystemDateAndTimeResponse.FromXml(Samples.Fixture("generic_getsystemdateandtime_response.xml")).SystemDateAndTime;
        Assert.Equal(SetDateTimeType.Manual, clock.DateTimeType);
        Assert.True(clock.DaylightSavings);
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 23, 59, 58, TimeSpan.Zero), clock.UtcDateTime);
        Assert.Equal(new DateTime(2027, 1, 1, 0, 59, 58), clock.LocalDateTime);
    }

    [Fact]
    public void PullMessagesResponse_DahuaStyle_ReadsEveryNotification()
    {
        var response = PullMessagesResponse.FromXml(Samples.Fixture("dahua_pullmessages_response.xml"));
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 10, 0, 5, TimeSpan.Zero), response.CurrentTime);
        Assert.Equal(3, response.Messages.Count);

        var motion = response.Messages[0];
        Assert.Equal(EventTopic.CellMotion, motion.Topic);
        Assert.Equal(EventDialects.Concrete, motion.TopicDialect);
        Assert.Equal("http://192.168.1.108/onvif/Subscription?Idx=3", motion.SubscriptionAddress);
        Assert.Equal("http://192.168.1.108/onvif/event_service", motion.ProducerAddress);
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 10, 0, 4, TimeSpan.Zero), motion.Message?.UtcTime);
        Assert.Equal("true", motion.Message?.DataValue("IsMotion"));
        Assert.Equal("MyMotionDetectorRule", motion.Message?.SourceValue("Rule"));

        var vendor = response.Messages[1];
        Assert.Equal(new EventTopic("http://www.dahuatech.com/onvif/topics", "Alarm/LocalAlarm"), vendor.Topic);
        Assert.Null(vendor.Message?.PropertyOperation);
        Assert.Equal(new SimpleItem("Channel", "1"), Assert.Single(vendor.Message!.Key));
        Assert.Equal(new SimpleItem("State", "false"), Assert.Single(vendor.Message.Data));

        Assert.Equal(new EventTopic(OnvifNamespaces.Topics, "Device/Trigger/Relay"), response.Messages[2].Topic);
        Assert.Null(response.Messages[2].Message);
    }

    [Fact]
    public void CreateMask_ProseSpellingAndMissingParts_ReadsPixelatedEnabledMask()
    {
        var mask = CreateMask.FromXml(Samples.Fixture("client_createmask_prose.xml")).Mask;
        Assert.Null(mask.Token);
        Assert.Equal("vsc0", mask.ConfigurationToken);
        Assert.Equal(MaskType.Pixelated, mask.Type);
        Assert.True(mask.Enabled);
        Assert.Null(mask.Color);
        Assert.Equal([new(-1, 1), new(-0.5f, 1), new(-0.5f, 0.5f), new(-1, 0.5f)], mask.Polygon);
        Assert.Equal("Pixelated", new CreateMask(mask).ToXml().Descendants(OnvifNamespaces.Media2 + "Type").Single().Value);
    }

    [Fact]
    public void CreatePullPointSubscription_UndeclaredTns1_ResolvesOnvifTopics()
    {
        var request = CreatePullPointSubscription.FromXml(Samples.Fixture("client_cpps_undeclared_tns1.xml"));
        var path = Assert.Single(request.Filter!.Topics!.Paths);
        Assert.Equal(new TopicPath(EventTopic.CellMotion), path);
        Assert.Equal(EventDialects.Concrete, request.Filter.Topics.Dialect);
        Assert.Equal("boolean(//tt:SimpleItem[@Name=\"Rule\"])", request.Filter.MessageContent?.Expression);
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 10, 5, 0, TimeSpan.Zero), request.InitialTerminationTime?.Absolute);
        Assert.True(request.ChangedOnly);
    }

    [Fact]
    public void PtzBodies_ProseNames_AreRead()
    {
        var bodies = Samples.Fixture("prose_ptz_configuration.xml").Elements().ToList();
        var configuration = GetConfigurationResponse.FromXml(bodies[0]).Configuration;
        Assert.Equal(PtzSpaceUris.PanTiltPositionGeneric, configuration.DefaultAbsolutePanTiltPositionSpace);
        Assert.Equal(new Space2DDescription(PtzSpaceUris.PanTiltPositionGeneric, new FloatRange(-0.5f, 0.5f), new FloatRange(-1, 0)), configuration.PanTiltLimits);
        Assert.Equal("ptz0", GetConfiguration.FromXml(bodies[1]).PtzConfigurationToken);
    }

    [Fact]
    public void GetUsersResponse_Empty_ReadsNoUser()
    {
        Assert.Empty(GetUsersResponse.FromXml(new XElement(OnvifNamespaces.Device + "GetUsersResponse")).Users);
        Assert.Empty(GetPresetsResponse.FromXml(new XElement(OnvifNamespaces.Ptz + "GetPresetsResponse", "\n  ")).Presets);
    }

    [Fact]
    public void Stop_WithoutFlags_StopsBothAxes()
    {
        var stop = Stop.FromXml(XElement.Parse("<Stop xmlns='http://www.onvif.org/ver20/ptz/wsdl'><ProfileToken>p0</ProfileToken></Stop>"));
        Assert.Null(stop.PanTilt);
        Assert.True(stop.StopsPanTilt);
        Assert.True(stop.StopsZoom);
    }
}
