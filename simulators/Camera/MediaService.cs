using Vms.Onvif.Model.Common;
using Vms.Onvif.Model.Media;
using Vms.Onvif.Server;

namespace Vms.Simulators.Camera;

/// <summary>Media 1 (trt): the two fixed profiles (main, sub), video source, encoder configurations and their
/// options, Set (applied to the running stream), GetStreamUri, GetSnapshotUri (a JPEG of the current picture,
/// <see cref="CameraSnapshot"/>).</summary>
internal static class MediaService
{
    public const string VideoSourceToken = "video_source";
    public const string VideoSourceConfigurationToken = "video_source_config";

    private static readonly StreamKind[] Kinds = [StreamKind.Main, StreamKind.Sub];

    public static void Register(SimulatedCamera camera, SoapDispatcher d)
    {
        OnvifHandlers.Add<GetServiceCapabilities>(d, OnvifAccessClass.PreAuth, (_, _) => new GetServiceCapabilitiesResponse(Capabilities()).ToXml());
        OnvifHandlers.Add<GetProfiles>(d, OnvifAccessClass.ReadMedia, (_, _) => new GetProfilesResponse([.. Kinds.Select(k => Profile(camera, k))]).ToXml());
        OnvifHandlers.Add<GetProfile>(d, OnvifAccessClass.ReadMedia, (r, _) => new GetProfileResponse(Profile(camera, StreamOf(r.ProfileToken))).ToXml());
        OnvifHandlers.Add<GetVideoSources>(d, OnvifAccessClass.ReadMedia, (_, _) =>
        {
            var main = camera.EncoderSettings(StreamKind.Main);
            return new GetVideoSourcesResponse([new VideoSource(VideoSourceToken, main.FramesPerSecond, SourceResolution(camera))]).ToXml();
        });
        OnvifHandlers.Add<GetVideoSourceConfigurations>(d, OnvifAccessClass.ReadMedia, (_, _) =>
            new GetVideoSourceConfigurationsResponse([SourceConfiguration(camera)]).ToXml());
        OnvifHandlers.Add<GetVideoEncoderConfigurations>(d, OnvifAccessClass.ReadMedia, (_, _) =>
            new GetVideoEncoderConfigurationsResponse([.. Kinds.Select(k => Encoder(camera, k))]).ToXml());
        OnvifHandlers.Add<GetVideoEncoderConfiguration>(d, OnvifAccessClass.ReadMedia, (r, _) =>
            new GetVideoEncoderConfigurationResponse(Encoder(camera, EncoderOf(r.ConfigurationToken))).ToXml());
        OnvifHandlers.Add<GetVideoEncoderConfigurationOptions>(d, OnvifAccessClass.ReadMedia, (r, _) =>
        {
            var kind = r.ConfigurationToken is { } c ? EncoderOf(c) : r.ProfileToken is { } p ? StreamOf(p) : StreamKind.Main;
            return new GetVideoEncoderConfigurationOptionsResponse(Options(camera, kind)).ToXml();
        });
        OnvifHandlers.Add<SetVideoEncoderConfiguration>(d, OnvifAccessClass.Actuate, (r, _) =>
        {
            var config = r.Configuration;
            var kind = EncoderOf(config.Token);
            if (config.Encoding != VideoEncoding.H264)
            {
                throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.ConfigModify), "only H.264 is supported");
            }

            var current = camera.EncoderSettings(kind);
            var settings = EncoderLimits.Check(
                camera,
                kind,
                config.Resolution,
                config.RateControl?.FrameRateLimit ?? current.FramesPerSecond,
                config.RateControl?.BitrateLimit ?? current.BitrateKbps,
                config.H264?.GovLength ?? current.GopFrames);
            camera.SetEncoderSettings(kind, settings);
            return new SetVideoEncoderConfigurationResponse().ToXml();
        });
        OnvifHandlers.Add<GetStreamUri>(d, OnvifAccessClass.ReadMedia, (r, c) =>
        {
            var kind = StreamOf(r.ProfileToken);
            if (r.StreamSetup.Stream == StreamType.RtpMulticast)
            {
                throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.InvalidStreamSetup), "multicast streaming is not supported");
            }

            return new GetStreamUriResponse(new MediaUri(StreamUri(camera, c, kind), false, false, TimeSpan.Zero)).ToXml();
        });
        OnvifHandlers.Add<GetSnapshotUri>(d, OnvifAccessClass.ReadMedia, (r, c) =>
            new GetSnapshotUriResponse(new MediaUri(SnapshotUri(c, StreamOf(r.ProfileToken)), false, false, TimeSpan.Zero)).ToXml());
    }

    internal static MediaServiceCapabilities Capabilities() => new()
    {
        SnapshotUri = true,
        Rotation = false,
        VideoSourceMode = false,
        Osd = false,
        MaximumNumberOfProfiles = 2,
        RtpMulticast = false,
        RtpTcp = true,
        RtpRtspTcp = true,
        NonAggregateControl = false,
        NoRtspStreaming = false,
    };

    /// <summary>The RTSP URL with the host the client used to reach the SOAP endpoint (so it is reachable as given).</summary>
    internal static string StreamUri(SimulatedCamera camera, SoapRequestContext context, StreamKind kind)
    {
        var host = new Uri(CameraAddressing.BaseAddress(context)).Host;
        if (host.Contains(':', StringComparison.Ordinal) && !host.StartsWith('['))
        {
            host = $"[{host}]";
        }

        return camera.RtspUri(host, kind);
    }

    /// <summary>The snapshot URL with the host the client used to reach the SOAP endpoint.</summary>
    internal static string SnapshotUri(SoapRequestContext context, StreamKind kind) =>
        CameraSnapshot.Uri(CameraAddressing.BaseAddress(context), kind);

    internal static StreamKind StreamOf(string token) => SimulatedCamera.StreamOfProfile(token)
        ?? throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.NoProfile), $"no profile '{token}'");

    internal static StreamKind EncoderOf(string token) => SimulatedCamera.StreamOfEncoder(token)
        ?? throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.NoConfig), $"no encoder configuration '{token}'");

    internal static VideoResolution SourceResolution(SimulatedCamera camera)
    {
        var main = camera.Options.DefaultMain;
        return new VideoResolution(main.Width, main.Height);
    }

    internal static VideoSourceConfiguration SourceConfiguration(SimulatedCamera camera)
    {
        var r = SourceResolution(camera);
        return new VideoSourceConfiguration
        {
            Token = VideoSourceConfigurationToken,
            Name = "video source",
            UseCount = 2,
            SourceToken = VideoSourceToken,
            Bounds = new IntRectangle(0, 0, r.Width, r.Height),
        };
    }

    private static Profile Profile(SimulatedCamera camera, StreamKind kind) => new()
    {
        Token = SimulatedCamera.ProfileToken(kind),
        Fixed = true,
        Name = kind == StreamKind.Main ? "main" : "sub",
        VideoSourceConfiguration = SourceConfiguration(camera),
        VideoEncoderConfiguration = Encoder(camera, kind),
        PtzConfiguration = camera.Options.HasPtz ? PtzService.Configuration() : null,
    };

    private static VideoEncoderConfiguration Encoder(SimulatedCamera camera, StreamKind kind)
    {
        var s = camera.EncoderSettings(kind);
        return new VideoEncoderConfiguration
        {
            Token = SimulatedCamera.EncoderToken(kind),
            Name = kind == StreamKind.Main ? "main stream" : "sub stream",
            UseCount = 1,
            Encoding = VideoEncoding.H264,
            Resolution = new VideoResolution(s.Width, s.Height),
            Quality = 5,
            RateControl = new VideoRateControl(s.FramesPerSecond, 1, s.BitrateKbps),
            H264 = new H264Configuration(s.GopFrames, H264Profile.Baseline),
            SessionTimeout = TimeSpan.FromSeconds(60),
        };
    }

    private static VideoEncoderConfigurationOptions Options(SimulatedCamera camera, StreamKind kind) => new()
    {
        QualityRange = new IntRange(0, 10),
        H264 = new H264Options
        {
            ResolutionsAvailable = EncoderLimits.Resolutions(camera, kind),
            GovLengthRange = new IntRange(1, EncoderLimits.MaxGop),
            FrameRateRange = new IntRange(1, EncoderLimits.MaxFps),
            EncodingIntervalRange = new IntRange(1, 1),
            ProfilesSupported = [H264Profile.Baseline],
            BitrateRange = new IntRange(EncoderLimits.MinBitrate, EncoderLimits.MaxBitrate),
        },
        GuaranteedFrameRateSupported = false,
    };
}
