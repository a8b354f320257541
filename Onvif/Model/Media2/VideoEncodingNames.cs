namespace Vms.Onvif.Model.Media2;

/// <summary>The Media2 encoding names (IANA media subtypes) used in <c>tt:Encoding</c>.</summary>
public static class VideoEncodingNames
{
    public const string H264 = "H264";
    public const string H265 = "H265";
    public const string Jpeg = "JPEG";
    public const string Mpeg4 = "MP4V-ES";
}
