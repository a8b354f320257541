using Vms.Onvif.Model.Common;
using Vms.Onvif.Model.Media2;
using Vms.Onvif.Tests.Model.Support;

namespace Vms.Onvif.Tests.Model.Media2;

public class Media2SamplesTests
{
    [Fact]
    public void GetProfilesResponse_Sample13_ReadsProfileWithH265Encoder()
    {
        var profile = Assert.Single(GetProfilesResponse.FromXml(Samples.Shared("13_tr2profiles.xml")).Profiles);
        Assert.Equal("p0", profile.Token);
        Assert.True(profile.Fixed);
        Assert.Equal("Main", profile.Name);
        var source = profile.Configurations?.VideoSource;
        Assert.NotNull(source);
        Assert.Equal("vsc0", source.Token);
        Assert.Equal("vs0", source.SourceToken);
        Assert.Equal(2, source.UseCount);
        Assert.Equal(new IntRectangle(0, 0, 1920, 1080), source.Bounds);
        var encoder = profile.Configurations?.VideoEncoder;
        Assert.NotNull(encoder);
        Assert.Equal("vec0", encoder.Token);
        Assert.Equal(50, encoder.GovLength);
        Assert.Equal("Main", encoder.Profile);
        Assert.Equal(VideoEncodingNames.H265, encoder.Encoding);
        Assert.Equal(new VideoResolution(1920, 1080), encoder.Resolution);
        Assert.Equal(new VideoRateControl2(12f, 2048, null, false), encoder.RateControl);
        Assert.Null(encoder.Multicast);
        Assert.Equal(5f, encoder.Quality);
        Assert.Null(profile.Configurations?.Ptz);
    }

    [Fact]
    public void GetStreamUri_Sample14_ReadsProtocolAndProfile()
    {
        var request = GetStreamUri.FromXml(Samples.Shared("14_tr2streamuri.xml"));
        Assert.Equal(StreamProtocol.RtspUnicast, request.Protocol);
        Assert.Equal("p0", request.ProfileToken);
    }

    [Fact]
    public void CreateMask_Sample15_ReadsPolygonTypeColor()
    {
        var mask = CreateMask.FromXml(Samples.Shared("15_createmask.xml")).Mask;
        Assert.Equal("ignored", mask.Token);
        Assert.Equal("vsc0", mask.ConfigurationToken);
        Assert.Equal([new(-0.5f, 0.5f), new(0f, 0.5f), new(0f, 0f), new(-0.5f, 0f)], mask.Polygon);
        Assert.Equal(MaskType.Color, mask.Type);
        Assert.Equal(new Color(0, 0, 0, Colorspaces.Rgb), mask.Color);
        Assert.True(mask.Enabled);
        MaskPolygon.Validate(mask.Polygon);
    }

    [Fact]
    public void GetMaskOptionsResponse_Sample16_ReadsLimits()
    {
        var options = GetMaskOptionsResponse.FromXml(Samples.Shared("16_maskopts.xml")).Options;
        Assert.False(options.RectangleOnly);
        Assert.False(options.SingleColorOnly);
        Assert.Equal(4, options.MaxMasks);
        Assert.Equal(8, options.MaxPoints);
        Assert.Equal([MaskType.Color, MaskType.Pixelated], options.Types);
        Assert.Equal(new Color(0, 0, 0), Assert.Single(options.Color.ColorList));
        Assert.Empty(options.Color.ColorspaceRanges);
    }

    [Fact]
    public void GetMasks_Sample17_ReadsConfigurationFilter()
    {
        var request = GetMasks.FromXml(Samples.Shared("17_getmasks.xml"));
        Assert.Null(request.Token);
        Assert.Equal("vsc0", request.ConfigurationToken);
    }

    [Fact]
    public void GetMasksResponse_Sample18_ReadsBlurredMask()
    {
        var mask = Assert.Single(GetMasksResponse.FromXml(Samples.Shared("18_getmasksresp.xml")).Masks);
        Assert.Equal("m1", mask.Token);
        Assert.Equal([new(-1f, 1f), new(0f, 1f), new(0f, 0f)], mask.Polygon);
        Assert.Equal(MaskType.Blurred, mask.Type);
        Assert.Null(mask.Color);
        Assert.False(mask.Enabled);
    }

    [Fact]
    public void GetVideoEncoderConfigurationOptionsResponse_Sample37_ReadsListAttributes()
    {
        var options = Assert.Single(GetVideoEncoderConfigurationOptionsResponse.FromXml(Samples.Shared("37_v2opts.xml")).Options);
        Assert.Equal("H265", options.Encoding);
        Assert.Equal([1, 300], options.GovLengthRange);
        Assert.Equal([25f, 12f, 5f], options.FrameRatesSupported);
        Assert.Equal(["Main", "High"], options.ProfilesSupported);
        Assert.True(options.ConstantBitRateSupported);
        Assert.Equal(new FloatRange(0, 10), options.QualityRange);
        Assert.Equal(new VideoResolution(1920, 1080), Assert.Single(options.ResolutionsAvailable));
        Assert.Equal(new IntRange(64, 8192), options.BitrateRange);
    }
}
