using Vms.Onvif.Model.Media2;

namespace Vms.Onvif.Client;

/// <summary>Media2 (tr2).</summary>
internal sealed class Media2Service(SoapClient soap, Uri serviceUri, Uri deviceUri) : IMediaService
{
    public int Version => 2;

    public Uri ServiceUri => serviceUri;

    public async Task<IReadOnlyList<MediaProfileInfo>> GetProfilesAsync(CancellationToken cancellationToken)
    {
        var response = await soap.CallAsync<GetProfilesResponse>(serviceUri, new GetProfiles(Types: [ConfigurationType.All]).ToXml(), cancellationToken).ConfigureAwait(false);
        return [.. response.Profiles.Select(ToInfo)];
    }

    public async Task<StreamUriInfo> GetStreamUriAsync(string profileToken, StreamTransport transport, CancellationToken cancellationToken)
    {
        var protocol = transport == StreamTransport.RtspTcp ? StreamProtocol.Rtsp : StreamProtocol.RtspUnicast;
        var response = await soap.CallAsync<GetStreamUriResponse>(serviceUri, new GetStreamUri(protocol, profileToken).ToXml(), cancellationToken).ConfigureAwait(false);
        return StreamUris.Fix(response.Uri, deviceUri, serviceUri);
    }

    public async Task<EncoderChangeResult> SetVideoEncoderAsync(string profileToken, EncoderChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var current = await GetEncoderAsync(null, profileToken, cancellationToken).ConfigureAwait(false);
        var rate = current.RateControl ?? new VideoRateControl2(0, 0);
        var updated = current with
        {
            Resolution = new(change.Width ?? current.Resolution.Width, change.Height ?? current.Resolution.Height),
            RateControl = rate with
            {
                FrameRateLimit = change.FrameRate is { } fps ? (float)fps : rate.FrameRateLimit,
                BitrateLimit = change.BitrateKbps ?? rate.BitrateLimit,
            },
            GovLength = change.GovLength ?? current.GovLength,
        };
        await soap.CallAsync<SetVideoEncoderConfigurationResponse>(serviceUri, new SetVideoEncoderConfiguration(updated).ToXml(), cancellationToken).ConfigureAwait(false);
        var readBack = await GetEncoderAsync(current.Token, null, cancellationToken).ConfigureAwait(false);
        return EncoderChangeResult.Compare(change, ToSettings(readBack));
    }

    private async Task<VideoEncoder2Configuration> GetEncoderAsync(string? configurationToken, string? profileToken, CancellationToken cancellationToken)
    {
        var response = await soap.CallAsync<GetVideoEncoderConfigurationsResponse>(serviceUri, new GetVideoEncoderConfigurations(configurationToken, profileToken).ToXml(), cancellationToken).ConfigureAwait(false);
        return response.Configurations.FirstOrDefault(c => configurationToken is null || c.Token == configurationToken)
            ?? throw new OnvifFeatureNotSupportedException("video encoder change", $"no video encoder configuration for {(profileToken is null ? "token '" + configurationToken : "profile '" + profileToken)}'");
    }

    private static MediaProfileInfo ToInfo(MediaProfile p) => new(
        p.Token,
        p.Name,
        p.Fixed,
        p.Configurations?.VideoSource?.Token,
        p.Configurations?.VideoSource?.Bounds,
        p.Configurations?.VideoEncoder is { } vec ? ToSettings(vec) : null,
        p.Configurations?.Ptz?.Token);

    internal static EncoderSettings ToSettings(VideoEncoder2Configuration c) => new(
        c.Token,
        c.Encoding.Trim().ToUpperInvariant(),
        c.Resolution.Width,
        c.Resolution.Height,
        c.RateControl?.FrameRateLimit,
        c.RateControl?.BitrateLimit,
        c.GovLength,
        c.Profile,
        c.Quality);
}
