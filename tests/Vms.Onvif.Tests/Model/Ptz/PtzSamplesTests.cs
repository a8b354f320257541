using Vms.Onvif.Model.Common;
using Vms.Onvif.Model.Ptz;
using Vms.Onvif.Tests.Model.Support;

namespace Vms.Onvif.Tests.Model.Ptz;

public class PtzSamplesTests
{
    [Fact]
    public void ContinuousMove_Sample19_ReadsVelocityAndTimeout()
    {
        var request = ContinuousMove.FromXml(Samples.Shared("19_contmove.xml"));
        Assert.Equal("p0", request.ProfileToken);
        Assert.Equal(new PtzVector(new Vector2D(0.5f, 0), new Vector1D(0)), request.Velocity);
        Assert.Equal(TimeSpan.FromSeconds(2), request.Timeout);
    }

    [Fact]
    public void GetStatusResponse_Sample20_ReadsPositionAndMoveStatus()
    {
        var status = GetStatusResponse.FromXml(Samples.Shared("20_status.xml")).Status;
        Assert.Equal(new Vector2D(0.2f, 0.1f, PtzSpaceUris.PanTiltPositionGeneric), status.Position?.PanTilt);
        Assert.Equal(new Vector1D(0.5f, PtzSpaceUris.ZoomPositionGeneric), status.Position?.Zoom);
        Assert.Equal(new PtzMoveStatus(MoveStatus.Idle, MoveStatus.Moving), status.MoveStatus);
        Assert.Null(status.Error);
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero), status.UtcTime);
    }

    [Fact]
    public void GetNodesResponse_Sample21_ReadsSpacesAndLimits()
    {
        var node = Assert.Single(GetNodesResponse.FromXml(Samples.Shared("21_nodes.xml")).Nodes);
        Assert.Equal("n0", node.Token);
        Assert.False(node.FixedHomePosition);
        Assert.Equal("Node", node.Name);
        Assert.Equal(32, node.MaximumNumberOfPresets);
        Assert.True(node.HomeSupported);
        var spaces = node.SupportedPtzSpaces;
        Assert.Equal(new Space2DDescription(PtzSpaceUris.PanTiltPositionGeneric, new FloatRange(-1, 1), new FloatRange(-1, 1)), Assert.Single(spaces.AbsolutePanTiltPositionSpace));
        Assert.Equal(new Space1DDescription(PtzSpaceUris.ZoomPositionGeneric, new FloatRange(0, 1)), Assert.Single(spaces.AbsoluteZoomPositionSpace));
        Assert.Equal(PtzSpaceUris.PanTiltVelocityGeneric, Assert.Single(spaces.ContinuousPanTiltVelocitySpace).Uri);
        Assert.Equal(new Space1DDescription(PtzSpaceUris.PanTiltSpeedGeneric, new FloatRange(0, 1)), Assert.Single(spaces.PanTiltSpeedSpace));
        Assert.Empty(spaces.RelativePanTiltTranslationSpace);
        Assert.Empty(spaces.ZoomSpeedSpace);
    }

    [Fact]
    public void GetPresetsResponse_Sample22_ReadsNamedAndBarePresets()
    {
        var presets = GetPresetsResponse.FromXml(Samples.Shared("22_presets.xml")).Presets;
        Assert.Equal(2, presets.Count);
        Assert.Equal(new PtzPreset("3", "Gate", new PtzVector(new Vector2D(0.1f, 0.2f), new Vector1D(0))), presets[0]);
        Assert.Equal(new PtzPreset("4", null, null), presets[1]);
    }

    [Fact]
    public void SetPreset_Sample23_ReadsNameWithoutToken()
    {
        Assert.Equal(new SetPreset("p0", "Gate", null), SetPreset.FromXml(Samples.Shared("23_setpreset.xml")));
    }

    [Fact]
    public void GotoPreset_Sample24_ReadsSpeed()
    {
        var request = GotoPreset.FromXml(Samples.Shared("24_gotopreset.xml"));
        Assert.Equal("p0", request.ProfileToken);
        Assert.Equal("3", request.PresetToken);
        Assert.Equal(new PtzVector(new Vector2D(1, 1), new Vector1D(1)), request.Speed);
    }

    [Fact]
    public void GetConfigurationOptionsResponse_Sample25_ReadsTimeoutRange()
    {
        var options = GetConfigurationOptionsResponse.FromXml(Samples.Shared("25_ptzconfopts.xml")).Options;
        Assert.Equal(PtzSpaceUris.PanTiltVelocityGeneric, Assert.Single(options.Spaces.ContinuousPanTiltVelocitySpace).Uri);
        Assert.Equal(new DurationRange(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60)), options.PtzTimeout);
    }

    [Fact]
    public void GetConfigurationsResponse_Sample26_ReadsPantSpellingAndSpeed()
    {
        var configuration = Assert.Single(GetConfigurationsResponse.FromXml(Samples.Shared("26_ptzconf.xml")).Configurations);
        Assert.Equal("ptz0", configuration.Token);
        Assert.Equal("ptz", configuration.Name);
        Assert.Equal("n0", configuration.NodeToken);
        Assert.Equal(PtzSpaceUris.PanTiltPositionGeneric, configuration.DefaultAbsolutePanTiltPositionSpace);
        Assert.Equal(PtzSpaceUris.PanTiltVelocityGeneric, configuration.DefaultContinuousPanTiltVelocitySpace);
        Assert.Null(configuration.DefaultAbsoluteZoomPositionSpace);
        Assert.Equal(new PtzVector(new Vector2D(1, 1, PtzSpaceUris.PanTiltSpeedGeneric), null), configuration.DefaultPtzSpeed);
        Assert.Equal(TimeSpan.FromSeconds(5), configuration.DefaultPtzTimeout);
    }

    [Fact]
    public void Stop_Sample40_ReadsBothAxes()
    {
        var request = Stop.FromXml(Samples.Shared("40_stop.xml"));
        Assert.Equal(new Stop("p0", true, true), request);
        Assert.True(request.StopsPanTilt && request.StopsZoom);
    }
}
