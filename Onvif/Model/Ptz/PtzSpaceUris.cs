namespace Vms.Onvif.Model.Ptz;

/// <summary>The PTZ coordinate space URIs of the PTZ specification: the generic spaces every node supporting a move
/// type must offer, and the optional ones we use.</summary>
public static class PtzSpaceUris
{
    private const string Base = "http://www.onvif.org/ver10/tptz/";

    /// <summary>Absolute pan/tilt, x and y in [-1, 1].</summary>
    public const string PanTiltPositionGeneric = Base + "PanTiltSpaces/PositionGenericSpace";

    /// <summary>Absolute zoom, [0 (wide), 1 (tele)].</summary>
    public const string ZoomPositionGeneric = Base + "ZoomSpaces/PositionGenericSpace";

    /// <summary>Relative pan/tilt, [-1, 1], positive = right/up.</summary>
    public const string PanTiltTranslationGeneric = Base + "PanTiltSpaces/TranslationGenericSpace";

    /// <summary>Relative zoom, [-1, 1], positive = tele.</summary>
    public const string ZoomTranslationGeneric = Base + "ZoomSpaces/TranslationGenericSpace";

    /// <summary>Continuous pan/tilt velocity, [-1, 1].</summary>
    public const string PanTiltVelocityGeneric = Base + "PanTiltSpaces/VelocityGenericSpace";

    /// <summary>Continuous zoom velocity, [-1, 1].</summary>
    public const string ZoomVelocityGeneric = Base + "ZoomSpaces/VelocityGenericSpace";

    /// <summary>Pan/tilt speed, [0, 1].</summary>
    public const string PanTiltSpeedGeneric = Base + "PanTiltSpaces/GenericSpeedSpace";

    /// <summary>Zoom speed, [0, 1].</summary>
    public const string ZoomSpeedGeneric = Base + "ZoomSpaces/ZoomGenericSpeedSpace";

    /// <summary>Relative pan/tilt in field-of-view units (optional; needed by auto-tracking clients).</summary>
    public const string PanTiltTranslationFov = Base + "PanTiltSpaces/TranslationSpaceFov";

    /// <summary>Absolute pan/tilt in degrees (optional).</summary>
    public const string PanTiltSphericalPositionDegrees = Base + "PanTiltSpaces/SphericalPositionSpaceDegrees";
}
