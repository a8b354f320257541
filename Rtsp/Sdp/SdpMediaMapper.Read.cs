using System.Globalization;
using Vms.Rtsp.Media;

namespace Vms.Rtsp.Sdp;

/// <summary>SDP format → codec parameters.</summary>
public static partial class SdpMediaMapper
{
    private static bool TryMapFormat(SdpMedia media, string format, out CodecParameters parameters, out int payloadType)
    {
        parameters = null!;
        if (!int.TryParse(format, NumberStyles.None, CultureInfo.InvariantCulture, out payloadType) || payloadType > 127)
        {
            return false;
        }

        var map = media.GetRtpMap(format);
        var fmtp = media.GetFormatParameters(format);
        var name = map?.EncodingName.ToUpperInvariant();

        // static payload types may come without rtpmap (RFC 3551 table 4)
        name ??= payloadType switch
        {
            0 => "PCMU",
            8 => "PCMA",
            _ => null,
        };

        CodecParameters? result = name switch
        {
            "H264" when IsVideo(media) => MapH264(fmtp),
            "H265" when IsVideo(media) => MapH265(fmtp),
            "MPEG4-GENERIC" when IsAudio(media) => MapAac(map, fmtp),
            "PCMU" or "PCMA" when IsAudio(media) => new G711Parameters(name == "PCMA", map?.ClockRate ?? 8000, map?.Channels ?? 1),
            "VND.ONVIF.METADATA" => new OnvifMetadataParameters(map?.ClockRate ?? 90_000),
            _ => null,
        };
        if (result is null)
        {
            return false;
        }

        parameters = result;
        return true;
    }

    private static bool IsVideo(SdpMedia media) => string.Equals(media.MediaType, "video", StringComparison.OrdinalIgnoreCase);

    private static bool IsAudio(SdpMedia media) => string.Equals(media.MediaType, "audio", StringComparison.OrdinalIgnoreCase);

    /// <summary>sprop-parameter-sets: base64 NAL units, comma-separated; the SPS and PPS are found by NAL type
    /// (cameras do not always list the SPS first). Unreadable base64 counts as absent.</summary>
    private static H264Parameters MapH264(SdpFormatParameters? fmtp)
    {
        byte[] sps = [], pps = [];
        foreach (var nal in DecodeList(fmtp?["sprop-parameter-sets"]))
        {
            switch (nal[0] & 0x1F)
            {
                case 7 when sps.Length == 0:
                    sps = nal;
                    break;
                case 8 when pps.Length == 0:
                    pps = nal;
                    break;
            }
        }

        return new H264Parameters(sps, pps);
    }

    private static H265Parameters MapH265(SdpFormatParameters? fmtp)
    {
        static byte[] First(string? list, int type) =>
            DecodeList(list).FirstOrDefault(n => n.Length >= 2 && ((n[0] >> 1) & 0x3F) == type) ?? [];
        return new H265Parameters(First(fmtp?["sprop-vps"], 32), First(fmtp?["sprop-sps"], 33), First(fmtp?["sprop-pps"], 34));
    }

    /// <summary>
    /// mpeg4-generic AAC (RFC 3640): the rate and channels of the rtpmap win (they define the RTP clock); the
    /// AudioSpecificConfig comes from <c>config=</c>; when that is missing or unreadable an AAC-LC config is built
    /// from the rtpmap. Modes other than AAC-hbr/AAC-lbr (CELP, generic) are not AAC and are refused.
    /// </summary>
    private static AacParameters? MapAac(SdpRtpMap? map, SdpFormatParameters? fmtp)
    {
        var mode = fmtp?["mode"];
        if (mode is not null && !mode.Equals("AAC-hbr", StringComparison.OrdinalIgnoreCase) && !mode.Equals("AAC-lbr", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var config = TryDecodeHex(fmtp?["config"]);
        var hasConfig = AudioSpecificConfig.TryRead(config, out _, out var configRate, out var configChannels);
        var rate = map?.ClockRate ?? (hasConfig ? configRate : 0);
        var channels = map?.Channels ?? (hasConfig && configChannels > 0 ? configChannels : 1);
        if (rate <= 0)
        {
            return null;
        }

        if (!hasConfig)
        {
            config = AudioSpecificConfig.CreateLowComplexity(rate, channels) ?? [];
        }

        return new AacParameters(config, rate, channels);
    }

    private static IEnumerable<byte[]> DecodeList(string? list)
    {
        if (string.IsNullOrEmpty(list))
        {
            yield break;
        }

        foreach (var item in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (TryDecodeBase64(item) is { Length: > 0 } nal)
            {
                yield return nal;
            }
        }
    }

    /// <summary>Base64 with missing padding tolerated (seen on some cameras); null when unreadable.</summary>
    private static byte[]? TryDecodeBase64(string text)
    {
        var padded = text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=');
        var buffer = new byte[padded.Length];
        return Convert.TryFromBase64String(padded, buffer, out var n) ? buffer[..n] : null;
    }

    private static byte[] TryDecodeHex(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length % 2 != 0 || text.Length > 512)
        {
            return [];
        }

        try
        {
            return Convert.FromHexString(text);
        }
        catch (FormatException)
        {
            return [];
        }
    }
}
