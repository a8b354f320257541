using Vms.Onvif.Model.Media;

namespace Vms.Onvif.Client;

/// <summary>Media 1 (trt). H.265 cannot be expressed here (the encoding enumeration stops at H264).</summary>
internal sealed class Media1Service(SoapClient soap, Uri serviceUri, Uri deviceUri) : IMediaService
{
    public int Version => 1;

    public Uri ServiceUri => serviceUri;

    public async Task<IReadOnlyList<MediaProfileInfo>> GetProfilesAsync(CancellationToken cancellationToken)
    {
        var response = await soap.CallAsync<GetProfilesResponse>(serviceUri, new GetProfiles().ToXml(), cancellationToken).ConfigureAwait(false);
        return [.. response.Profiles.Select(ToInfo)];
    }

    public async Task<StreamUriInfo> GetStreamUriAsync(string profileToken, StreamTransport transport, CancellationToken cancellationToken)
    {
        var setup = new StreamSetup(StreamType.RtpUnicast, transport == StreamTransport.RtspTcp ? TransportProtocol.Rtsp : TransportProtocol.Udp);
        var response = await soap.CallAsync<GetStreamUriResponse>(serviceUri, new GetStreamUri(setup, profileToken).ToXml(), cancellationToken).ConfigureAwait(false);
        return StreamUris.Fix(response.MediaUri.Uri, deviceUri, serviceUri);
    }

    public async Task<EncoderChangeResult> SetVideoEncoderAsync(string profileToken, EncoderChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var profile = await soap.CallAsync<GetProfileResponse>(serviceUri, new GetProfile(profileToken).ToXml(), cancellationToken).ConfigureAwait(false);
        var current = profile.Profile.VideoEncoderConfiguration
            ?? throw new OnvifFeatureNotSupportedException("video encoder change", $"profile '{profileToken}' has no video encoder configuration");
        var rate = current.RateControl ?? new VideoRateControl(0, 1, 0);
        var updated = current with
        {
            Resolution = new(change.Width ?? current.Resolution.Width, change.Height ?? current.Resolution.Height),
            RateControl = rate with
            {
                FrameRateLimit = change.FrameRate is { } fps ? (int)Math.Round(fps) : rate.FrameRateLimit,
                BitrateLimit = change.BitrateKbps ?? rate.BitrateLimit,
            },
            H264 = current.H264 is { } h264 && change.GovLength is { } gov ? h264 with { GovLength = gov } : current.H264,
        };
        await soap.CallAsync<SetVideoEncoderConfigurationResponse>(serviceUri, new SetVideoEncoderConfiguration(updated, ForcePersistence: true).ToXml(), cancellationToken).ConfigureAwait(false);
        var readBack = await soap.CallAsync<GetVideoEncoderConfigurationResponse>(serviceUri, new GetVideoEncoderConfiguration(current.Token).ToXml(), cancellationToken).ConfigureAwait(false);
        return EncoderChangeResult.Compare(change, ToSettings(readBack.Configuration));
    }

    private static MediaProfileInfo ToInfo(Profile p) => new(
        p.Token,
        p.Name,
        p.Fixed,
        p.VideoSourceConfiguration?.Token,
        p.VideoSourceConfiguration?.Bounds,
        p.VideoEncoderConfiguration is { } vec ? ToSettings(vec) : null,
        p.PtzConfiguration?.Token);

    internal static EncoderSettings ToSettings(VideoEncoderConfiguration c) => new(
        c.Token,
        c.Encoding switch
        {
            VideoEncoding.H264 => "H264",
            VideoEncoding.Jpeg => "JPEG",
            VideoEncoding.Mpeg4 => "MPEG4",
            _ => c.Encoding.ToString(),
        },
        c.Resolution.Width,
        c.Resolution.Height,
        c.RateControl?.FrameRateLimit,
        c.RateControl?.BitrateLimit,
        c.H264?.GovLength,
        c.H264?.Profile.ToString(),
        c.Quality);
}
