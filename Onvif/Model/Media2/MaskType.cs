using Vms.Onvif.Model.Common;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tr2:MaskType</c>.</summary>
public enum MaskType
{
    /// <summary>Filled with a color.</summary>
    Color,

    /// <summary>Pixelated ("Pixelized" in the Media2 prose; both spellings are read, the schema one is written).</summary>
    [XmlAlias("Pixelized")]
    Pixelated,

    Blurred,
}
