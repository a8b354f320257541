using Vms.Rtsp.Messages;

namespace Vms.Rtsp.Sdp;

/// <summary>
/// Maps between SDP media and the <c>Vms.Rtsp.Media</c> vocabulary: <see cref="ReadTracks"/> turns a camera's
/// DESCRIBE answer into tracks with absolute control URLs; <see cref="Describe"/> builds the SDP our server
/// answers DESCRIBE with.
/// </summary>
/// <remarks>
/// Codecs: H.264 (<c>H264/90000</c>, sprop-parameter-sets), H.265 (<c>H265/90000</c>, sprop-vps/sps/pps),
/// AAC (<c>mpeg4-generic</c>, config, mode AAC-hbr/AAC-lbr), G.711 (<c>PCMU</c>/<c>PCMA</c>, also static payload
/// types 0 and 8 without rtpmap) and ONVIF metadata (<c>vnd.onvif.metadata</c>). Encoding names are matched
/// case-insensitively. Parameter sets missing from the SDP give empty arrays (see <see cref="CodecParameterSets"/>).
/// </remarks>
public static partial class SdpMediaMapper
{
    /// <summary>
    /// The URL relative controls resolve against (RFC 2326 §C.1.1): Content-Base, else Content-Location
    /// (itself resolved against the request URL), else the DESCRIBE request URL.
    /// </summary>
    public static string BaseUri(RtspResponse describeResponse, string requestUri)
    {
        ArgumentNullException.ThrowIfNull(describeResponse);
        ArgumentNullException.ThrowIfNull(requestUri);
        if (describeResponse.Headers.ContentBase is { Length: > 0 } contentBase)
        {
            return contentBase.Trim();
        }

        if (describeResponse.Headers.ContentLocation is { Length: > 0 } location)
        {
            return UriReference.Parse(requestUri).Resolve(UriReference.Parse(location.Trim())).ToString();
        }

        return requestUri;
    }

    /// <summary>The playable tracks of <paramref name="sdp"/>, with controls resolved against <paramref name="baseUri"/>.</summary>
    public static SdpSessionMapping ReadTracks(SessionDescription sdp, string baseUri)
    {
        ArgumentNullException.ThrowIfNull(sdp);
        ArgumentNullException.ThrowIfNull(baseUri);
        var tracks = new List<SdpTrack>();
        var skipped = new List<string>();
        for (var i = 0; i < sdp.Media.Count; i++)
        {
            // a=recvonly/sendonly are not used to skip media: some cameras mark every stream they send
            // "recvonly"; an ONVIF backchannel only appears when DESCRIBE required it, and the caller knows that
            var media = sdp.Media[i];
            if (!media.Protocol.StartsWith("RTP/", StringComparison.OrdinalIgnoreCase))
            {
                skipped.Add($"m={media.MediaType} #{i}: protocol {media.Protocol}");
                continue;
            }

            var control = RtspUri.Resolve(baseUri, media.Control);
            var mapped = false;
            foreach (var format in media.Formats)
            {
                if (TryMapFormat(media, format, out var parameters, out var payloadType))
                {
                    tracks.Add(new SdpTrack(
                        new Media.MediaTrack(i, parameters, control), payloadType, media.GetFormatParameters(format), media));
                    mapped = true;
                    break;
                }
            }

            if (!mapped)
            {
                skipped.Add($"m={media.MediaType} #{i}: no supported format ({FormatList(media)})");
            }
        }

        return new SdpSessionMapping(tracks, RtspUri.Resolve(baseUri, sdp.Control), skipped);
    }

    private static string FormatList(SdpMedia media) =>
        string.Join(", ", media.Formats.Select(f => media.GetRtpMap(f) is { } map ? $"{f} {map.EncodingName}/{map.ClockRate}" : f));
}
