namespace Vms.Onvif.Client;

/// <summary>Media 1 (trt) or Media2 (tr2) behind one shape: profiles with encoder settings, stream URIs, encoder changes.</summary>
public interface IMediaService
{
    /// <summary>1 for Media (trt), 2 for Media2 (tr2).</summary>
    int Version { get; }

    Uri ServiceUri { get; }

    Task<IReadOnlyList<MediaProfileInfo>> GetProfilesAsync(CancellationToken cancellationToken);

    /// <summary>The RTSP URI of a profile, host fixed to the device's (see <see cref="DeviceAddress"/>).</summary>
    Task<StreamUriInfo> GetStreamUriAsync(string profileToken, StreamTransport transport, CancellationToken cancellationToken);

    /// <summary>Changes the video encoder of a profile, reads it back and reports what the device clamped.</summary>
    Task<EncoderChangeResult> SetVideoEncoderAsync(string profileToken, EncoderChange change, CancellationToken cancellationToken);
}
