using Vms.Simulators.Camera;

namespace Vms.Simulators.Fleet;

/// <summary>Camera kinds by name, and the <c>mixed</c> fleet: 7 fixed, 2 PTZ and 1 panoramic in every 10 cameras.</summary>
public static class FleetKinds
{
    /// <summary>Parses fixed|ptz|panoramic|nomadic (and <c>mixed</c> when allowed: <paramref name="mixed"/> true).</summary>
    public static bool TryParse(string text, bool allowMixed, out CameraKind kind, out bool mixed)
    {
        mixed = false;
        kind = CameraKind.Fixed;
        switch (text?.ToLowerInvariant())
        {
            case "fixed":
                return true;
            case "ptz":
                kind = CameraKind.Ptz;
                return true;
            case "panoramic":
                kind = CameraKind.Panoramic;
                return true;
            case "nomadic":
                kind = CameraKind.Nomadic;
                return true;
            case "mixed" when allowMixed:
                mixed = true;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The kind of camera <paramref name="index"/> in a mixed fleet.</summary>
    public static CameraKind Mixed(int index) => (index % 10) switch
    {
        3 or 7 => CameraKind.Ptz,
        9 => CameraKind.Panoramic,
        _ => CameraKind.Fixed,
    };
}
