using System.Globalization;
using Vms.Onvif.Model.Common;
using Vms.Onvif.Model.Ptz;
using Vms.Onvif.Server;

namespace Vms.Simulators.Camera;

/// <summary>Presets (GetPresets, SetPreset, GotoPreset, RemovePreset) and home (GotoHomePosition, SetHomePosition).</summary>
internal static partial class PtzService
{
    private static void RegisterPresets(SimulatedCamera camera, SoapDispatcher d)
    {
        OnvifHandlers.Add<GetPresets>(d, OnvifAccessClass.ReadMedia, (r, _) =>
        {
            CheckProfile(r.ProfileToken);
            return new GetPresetsResponse(camera.Read(s => s.Presets
                .Select(p => new PtzPreset(p.Token, p.Name, Vector(SimulatedCamera.ToPosition(p.Position))))
                .ToArray())).ToXml();
        });

        OnvifHandlers.Add<SetPreset>(d, OnvifAccessClass.Actuate, (r, _) =>
        {
            CheckProfile(r.ProfileToken);
            var name = r.PresetName?.Trim();
            if (name is { Length: > 64 })
            {
                throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.InvalidPresetName), "preset names have at most 64 characters");
            }

            var position = SimulatedCamera.FromPosition(camera.Ptz.Position);
            var token = camera.Change(s =>
            {
                if (r.PresetToken is { } existingToken)
                {
                    var existing = s.Presets.Find(p => p.Token == existingToken)
                        ?? throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.NoToken), $"no preset '{existingToken}'");
                    if (name is { Length: > 0 } && s.Presets.Any(p => p != existing && p.Name == name))
                    {
                        throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.PresetExist), $"a preset is already named '{name}'");
                    }

                    existing.Position = position;
                    existing.Name = name is { Length: > 0 } ? name : existing.Name;
                    return existing.Token;
                }

                if (name is { Length: > 0 } && s.Presets.Any(p => p.Name == name))
                {
                    throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.PresetExist), $"a preset is already named '{name}'");
                }

                if (s.Presets.Count >= MaxPresets)
                {
                    throw OnvifHandlers.Fault(OnvifFault.ActionFailed(OnvifFaultCodes.TooManyPresets), $"at most {MaxPresets} presets");
                }

                var number = s.NextPresetNumber++.ToString(CultureInfo.InvariantCulture);
                var created = new CameraState.PresetState { Token = "preset_" + number, Name = name is { Length: > 0 } ? name : "Preset " + number, Position = position };
                s.Presets.Add(created);
                return created.Token;
            });
            return new SetPresetResponse(token).ToXml();
        });

        OnvifHandlers.Add<GotoPreset>(d, OnvifAccessClass.Actuate, (r, _) =>
        {
            CheckProfile(r.ProfileToken);
            var preset = camera.Read(s => s.Presets.Find(p => p.Token == r.PresetToken))
                ?? throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.NoToken), $"no preset '{r.PresetToken}'");
            camera.Ptz.MoveTo(SimulatedCamera.ToPosition(preset.Position), Speed(r.Speed));
            return new GotoPresetResponse().ToXml();
        });

        OnvifHandlers.Add<RemovePreset>(d, OnvifAccessClass.Actuate, (r, _) =>
        {
            CheckProfile(r.ProfileToken);
            camera.Change(s =>
            {
                if (s.Presets.RemoveAll(p => p.Token == r.PresetToken) == 0)
                {
                    throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.NoToken), $"no preset '{r.PresetToken}'");
                }
            });
            return new RemovePresetResponse().ToXml();
        });

        OnvifHandlers.Add<GotoHomePosition>(d, OnvifAccessClass.Actuate, (r, _) =>
        {
            CheckProfile(r.ProfileToken);
            camera.Ptz.MoveTo(SimulatedCamera.ToPosition(camera.Read(s => s.Home)), Speed(r.Speed));
            return new GotoHomePositionResponse().ToXml();
        });

        OnvifHandlers.Add<SetHomePosition>(d, OnvifAccessClass.Actuate, (r, _) =>
        {
            CheckProfile(r.ProfileToken);
            var position = SimulatedCamera.FromPosition(camera.Ptz.Position);
            camera.Change(s => s.Home = position);
            return new SetHomePositionResponse().ToXml();
        });
    }
}
