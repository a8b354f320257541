using System.Globalization;
using Vms.Onvif.Model.Common;
using Vms.Onvif.Model.Media2;
using Vms.Onvif.Server;

namespace Vms.Simulators.Camera;

/// <summary>
/// Media2 privacy masks on the one video source configuration: GetMaskOptions, GetMasks, CreateMask, SetMask,
/// DeleteMask. Limits (4 masks, 3..8 points, coordinates in [-1, 1]) are enforced with the Media2 faults; every
/// change is saved and drawn into both streams at once.
/// </summary>
internal static class Media2Masks
{
    public const int MaxMasks = 4;
    public const int MaxPoints = 8;

    public static MaskOptions Options { get; } = new()
    {
        RectangleOnly = false,
        SingleColorOnly = false,
        MaxMasks = MaxMasks,
        MaxPoints = MaxPoints,
        Types = [MaskType.Color, MaskType.Pixelated, MaskType.Blurred],
        Color = new ColorOptions(
            [new Color(0, 0, 0, Colorspaces.Rgb), new Color(128, 128, 128, Colorspaces.Rgb), new Color(255, 255, 255, Colorspaces.Rgb)],
            [new ColorspaceRange(new FloatRange(0, 255), new FloatRange(0, 255), new FloatRange(0, 255), Colorspaces.Rgb)]),
    };

    public static void Register(SimulatedCamera camera, SoapDispatcher d)
    {
        OnvifHandlers.Add<GetMaskOptions>(d, OnvifAccessClass.ReadMedia, (r, _) =>
        {
            CheckConfiguration(r.ConfigurationToken);
            return new GetMaskOptionsResponse(Options).ToXml();
        });

        OnvifHandlers.Add<GetMasks>(d, OnvifAccessClass.ReadMedia, (r, _) =>
        {
            if (r.ConfigurationToken is { } c)
            {
                CheckConfiguration(c);
            }

            var masks = camera.Read(s => s.Masks.Select(ToModel).ToArray());
            if (r.Token is { } token)
            {
                masks = [.. masks.Where(m => m.Token == token)];
                if (masks.Length == 0)
                {
                    throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.NoConfig), $"no mask '{token}'");
                }
            }

            return new GetMasksResponse(masks).ToXml();
        });

        OnvifHandlers.Add<CreateMask>(d, OnvifAccessClass.Actuate, (r, _) =>
        {
            var state = Check(r.Mask);
            var token = camera.Change(s =>
            {
                if (s.Masks.Count >= MaxMasks)
                {
                    throw OnvifHandlers.Fault(OnvifFault.ActionFailed(OnvifFaultCodes.MaxMasks), $"at most {MaxMasks} masks");
                }

                state.Token = "mask_" + s.NextMaskNumber++.ToString(CultureInfo.InvariantCulture);
                s.Masks.Add(state);
                return state.Token;
            });
            camera.ApplyMasksToScene();
            return new CreateMaskResponse(token).ToXml();
        });

        OnvifHandlers.Add<SetMask>(d, OnvifAccessClass.Actuate, (r, _) =>
        {
            var state = Check(r.Mask);
            var token = r.Mask.Token ?? throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.NoConfig), "SetMask needs the mask token");
            camera.Change(s =>
            {
                var index = s.Masks.FindIndex(m => m.Token == token);
                if (index < 0)
                {
                    throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.NoConfig), $"no mask '{token}'");
                }

                state.Token = token;
                s.Masks[index] = state;
            });
            camera.ApplyMasksToScene();
            return new SetMaskResponse().ToXml();
        });

        OnvifHandlers.Add<DeleteMask>(d, OnvifAccessClass.Actuate, (r, _) =>
        {
            camera.Change(s =>
            {
                if (s.Masks.RemoveAll(m => m.Token == r.Token) == 0)
                {
                    throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.NoConfig), $"no mask '{r.Token}'");
                }
            });
            camera.ApplyMasksToScene();
            return new DeleteMaskResponse().ToXml();
        });
    }

    private static void CheckConfiguration(string token)
    {
        if (token != MediaService.VideoSourceConfigurationToken)
        {
            throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.NoConfig), $"no video source configuration '{token}'");
        }
    }

    private static CameraState.MaskState Check(Mask mask)
    {
        CheckConfiguration(mask.ConfigurationToken);
        MaskPolygon.Validate(mask.Polygon, Options);
        if (!Options.Types.Contains(mask.Type))
        {
            throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.ConfigModify), $"mask type {mask.Type} is not supported");
        }

        return new CameraState.MaskState
        {
            Points = [.. mask.Polygon.Select(p => new[] { (double)p.X, p.Y })],
            Type = mask.Type.ToString(),
            Rgb = ToRgb(mask.Color),
            Enabled = mask.Enabled,
        };
    }

    /// <summary>RGB from an ONVIF colour: RGB colorspace (or none) taken as 0..255 values, YCbCr converted (BT.601).</summary>
    private static byte[] ToRgb(Color? color)
    {
        if (color is null)
        {
            return [0, 0, 0];
        }

        if (!float.IsFinite(color.X) || !float.IsFinite(color.Y) || !float.IsFinite(color.Z))
        {
            throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.ConfigModify), "mask colour components must be finite");
        }

        if (color.Colorspace == Colorspaces.YCbCr)
        {
            double y = color.X, cb = color.Y - 128, cr = color.Z - 128;
            return [Clamp(y + (1.402 * cr)), Clamp(y - (0.344136 * cb) - (0.714136 * cr)), Clamp(y + (1.772 * cb))];
        }

        return [Clamp(color.X), Clamp(color.Y), Clamp(color.Z)];
    }

    private static byte Clamp(double v) => (byte)Math.Clamp(Math.Round(v), 0, 255);

    private static Mask ToModel(CameraState.MaskState m) => new()
    {
        Token = m.Token,
        ConfigurationToken = MediaService.VideoSourceConfigurationToken,
        Polygon = [.. m.Points.Select(p => new NormalizedPoint((float)p[0], (float)p[1]))],
        Type = Enum.TryParse<MaskType>(m.Type, out var type) ? type : MaskType.Color,
        Color = m.Rgb.Length == 3 ? new Color(m.Rgb[0], m.Rgb[1], m.Rgb[2], Colorspaces.Rgb) : null,
        Enabled = m.Enabled,
    };
}
