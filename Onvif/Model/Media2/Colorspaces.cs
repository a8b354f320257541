namespace Vms.Onvif.Model.Media2;

/// <summary>Colorspace URIs of <c>tt:Color</c>. Without a Colorspace attribute a color is YCbCr.</summary>
public static class Colorspaces
{
    /// <summary>X = R, Y = G, Z = B.</summary>
    public const string Rgb = "http://www.onvif.org/ver10/colorspace/RGB";

    /// <summary>X = Y, Y = Cb, Z = Cr (the default).</summary>
    public const string YCbCr = "http://www.onvif.org/ver10/colorspace/YCbCr";
}
