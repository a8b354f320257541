using Vms.Onvif.Model.Common;
using Vms.Onvif.Model.Media2;
using Vms.Onvif.Server;

namespace Vms.Simulators.Camera;

/// <summary>Media2 (tr2): profiles, configurations, encoder options and Set, GetStreamUri, and privacy masks
/// (<see cref="Media2Masks"/>), GetSnapshotUri (a JPEG of the current picture, <see cref="CameraSnapshot"/>).</summary>
internal static class Media2Service
{
    private static readonly StreamKind[] Kinds = [StreamKind.Main, StreamKind.Sub];

    public static void Register(SimulatedCamera camera, SoapDispatcher d)
    {
        OnvifHandlers.Add<GetServiceCapabilities>(d, OnvifAccessClass.PreAuth, (_, _) => new GetServiceCapabilitiesResponse(Capabilities()).ToXml());
        OnvifHandlers.Add<GetProfiles>(d, OnvifAccessClass.ReadMedia, (r, _) =>
        {
            var kinds = r.Token is { } token ? [MediaService.StreamOf(token)] : Kinds;
            return new GetProfilesResponse([.. kinds.Select(k => Profile(camera, k, r))]).ToXml();
        });
        OnvifHandlers.Add<GetVideoSourceConfigurations>(d, OnvifAccessClass.ReadMedia, (r, _) =>
        {
            if (r.ConfigurationToken is { } c && c != MediaService.VideoSourceConfigurationToken)
            {
                throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.NoConfig), $"no video source configuration '{c}'");
            }

            if (r.ProfileToken is { } p)
            {
                MediaService.StreamOf(p);
            }

            return new GetVideoSourceConfigurationsResponse([MediaService.SourceConfiguration(camera)]).ToXml();
        });
        OnvifHandlers.Add<GetVideoEncoderConfigurations>(d, OnvifAccessClass.ReadMedia, (r, _) =>
            new GetVideoEncoderConfigurationsResponse([.. Select(r.ConfigurationToken, r.ProfileToken).Select(k => Encoder(camera, k))]).ToXml());
        OnvifHandlers.Add<GetVideoEncoderConfigurationOptions>(d, OnvifAccessClass.ReadMedia, (r, _) =>
            new GetVideoEncoderConfigurationOptionsResponse([.. Select(r.ConfigurationToken, r.ProfileToken).Select(k => Options(camera, k))]).ToXml());
        OnvifHandlers.Add<SetVideoEncoderConfiguration>(d, OnvifAccessClass.Actuate, (r, _) =>
        {
            var config = r.Configuration;
            var kind = MediaService.EncoderOf(config.Token);
            if (!string.Equals(config.Encoding, VideoEncodingNames.H264, StringComparison.OrdinalIgnoreCase))
            {
                throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.ConfigModify), $"encoding {config.Encoding} is not supported (H264 only)");
            }

            var current = camera.EncoderSettings(kind);
            var settings = EncoderLimits.Check(
                camera,
                kind,
                config.Resolution,
                config.RateControl?.FrameRateLimit ?? current.FramesPerSecond,
                config.RateControl?.BitrateLimit ?? current.BitrateKbps,
                config.GovLength ?? current.GopFrames);
            camera.SetEncoderSettings(kind, settings);
            return new SetVideoEncoderConfigurationResponse().ToXml();
        });
        OnvifHandlers.Add<GetStreamUri>(d, OnvifAccessClass.ReadMedia, (r, c) =>
        {
            var kind = MediaService.StreamOf(r.ProfileToken);
            if (r.Protocol is not (StreamProtocol.RtspUnicast or StreamProtocol.Rtsp))
            {
                throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.InvalidStreamSetup), $"protocol {r.Protocol} is not supported");
            }

            return new GetStreamUriResponse(MediaService.StreamUri(camera, c, kind)).ToXml();
        });
        OnvifHandlers.Add<GetSnapshotUri>(d, OnvifAccessClass.ReadMedia, (r, c) =>
            new GetSnapshotUriResponse(MediaService.SnapshotUri(c, MediaService.StreamOf(r.ProfileToken))).ToXml());
        Media2Masks.Register(camera, d);
    }

    internal static Media2ServiceCapabilities Capabilities() => new()
    {
        SnapshotUri = true,
        Rotation = false,
        VideoSourceMode = false,
        Osd = false,
        Mask = true,
        SourceMask = false,
        MaximumNumberOfProfiles = 2,
        RtspStreaming = true,
        RtpMulticast = false,
        RtpRtspTcp = true,
        NonAggregateControl = false,
    };

    private static StreamKind[] Select(string? configurationToken, string? profileToken) =>
        configurationToken is { } c ? [MediaService.EncoderOf(c)] : profileToken is { } p ? [MediaService.StreamOf(p)] : Kinds;

    private static MediaProfile Profile(SimulatedCamera camera, StreamKind kind, GetProfiles request) => new()
    {
        Token = SimulatedCamera.ProfileToken(kind),
        Fixed = true,
        Name = kind == StreamKind.Main ? "main" : "sub",
        Configurations = new ConfigurationSet
        {
            VideoSource = request.Wants(ConfigurationType.VideoSource) ? MediaService.SourceConfiguration(camera) : null,
            VideoEncoder = request.Wants(ConfigurationType.VideoEncoder) ? Encoder(camera, kind) : null,
            Ptz = camera.Options.HasPtz && request.Wants(ConfigurationType.Ptz) ? PtzService.Configuration() : null,
        },
    };

    private static VideoEncoder2Configuration Encoder(SimulatedCamera camera, StreamKind kind)
    {
        var s = camera.EncoderSettings(kind);
        return new VideoEncoder2Configuration
        {
            Token = SimulatedCamera.EncoderToken(kind),
            Name = kind == StreamKind.Main ? "main stream" : "sub stream",
            UseCount = 1,
            GovLength = s.GopFrames,
            Profile = "Baseline",
            Encoding = VideoEncodingNames.H264,
            Resolution = new VideoResolution(s.Width, s.Height),
            RateControl = new VideoRateControl2(s.FramesPerSecond, s.BitrateKbps),
            Quality = 5,
        };
    }

    private static VideoEncoder2ConfigurationOptions Options(SimulatedCamera camera, StreamKind kind) => new()
    {
        Encoding = VideoEncodingNames.H264,
        QualityRange = new FloatRange(0, 10),
        ResolutionsAvailable = EncoderLimits.Resolutions(camera, kind),
        BitrateRange = new IntRange(EncoderLimits.MinBitrate, EncoderLimits.MaxBitrate),
        GovLengthRange = [1, EncoderLimits.MaxGop],
        FrameRatesSupported = [1, 5, 6, 10, 12, 15, 20, 25, 30],
        ProfilesSupported = ["Baseline"],
        ConstantBitRateSupported = false,
        GuaranteedFrameRateSupported = false,
    };
}
