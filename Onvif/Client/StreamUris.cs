namespace Vms.Onvif.Client;

/// <summary>Stream URI post-processing shared by both media services.</summary>
internal static class StreamUris
{
    public static StreamUriInfo Fix(string reported, Uri deviceUri, Uri serviceUri)
    {
        var fixedUri = DeviceAddress.Fix(reported, deviceUri, "rtsp", out var hostFixed)
            ?? throw new OnvifProtocolException($"{serviceUri.GetLeftPart(UriPartial.Path)}: GetStreamUri returned an unusable URI '{Shorten(reported)}'");
        return new StreamUriInfo(fixedUri, reported, hostFixed);
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
