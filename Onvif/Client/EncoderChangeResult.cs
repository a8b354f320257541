namespace Vms.Onvif.Client;

/// <summary>The encoder as read back after the change, and each asked value the device did not keep
/// ("FrameRate: asked 12, got 10").</summary>
public sealed record EncoderChangeResult(EncoderSettings Applied, IReadOnlyList<string> Clamped)
{
    public bool ExactlyApplied => Clamped.Count == 0;

    internal static EncoderChangeResult Compare(EncoderChange asked, EncoderSettings applied)
    {
        var clamped = new List<string>();
        void Check<T>(string name, T? want, T? got)
            where T : struct
        {
            if (want is { } w && !Equals(w, got))
            {
                clamped.Add($"{name}: asked {w}, got {(got is { } g ? g.ToString() : "nothing")}");
            }
        }

        Check("Width", asked.Width, applied.Width);
        Check("Height", asked.Height, applied.Height);
        if (asked.FrameRate is { } fps && (applied.FrameRate is not { } f || Math.Abs(f - fps) > 0.01))
        {
            clamped.Add($"FrameRate: asked {fps}, got {(applied.FrameRate is { } a ? a.ToString(System.Globalization.CultureInfo.InvariantCulture) : "nothing")}");
        }

        Check("BitrateKbps", asked.BitrateKbps, applied.BitrateKbps);
        Check("GovLength", asked.GovLength, applied.GovLength);
        return new EncoderChangeResult(applied, clamped);
    }
}
