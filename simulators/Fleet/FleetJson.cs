using System.Text.Json;
using Vms.Simulators.Camera;
using Vms.Simulators.Faults;

namespace Vms.Simulators.Fleet;

/// <summary>The JSON shape of cameras shared by <c>--json</c> and the control API's <c>GET /cameras</c>.</summary>
internal static class FleetJson
{
    public static void WriteCameras(Utf8JsonWriter writer, CameraFleet fleet, bool withState)
    {
        writer.WriteStartArray();
        foreach (var camera in fleet.Cameras)
        {
            WriteCamera(writer, fleet, camera, withState);
        }

        writer.WriteEndArray();
    }

    public static void WriteCamera(Utf8JsonWriter writer, CameraFleet fleet, FleetCamera camera, bool withState)
    {
        writer.WriteStartObject();
        writer.WriteString("name", camera.Name);
        writer.WriteString("kind", KindName(camera.Kind));
        writer.WriteString("address", camera.Camera.Address.ToString());
        writer.WriteString("onvif", camera.DeviceServiceUri.ToString());
        writer.WriteString("rtspMain", camera.MainStreamUri.ToString());
        writer.WriteString("rtspSub", camera.SubStreamUri.ToString());
        writer.WriteString("username", camera.Username);
        writer.WriteString("password", camera.Password);
        if (withState)
        {
            var c = camera.Camera;
            writer.WriteString("state", c.Lifecycle.ToString().ToLowerInvariant());
            writer.WriteBoolean("refuseCredentials", c.RefuseCredentials);
            writer.WriteBoolean("streamStalled", c.StreamStalled);
            writer.WriteBoolean("corruptNal", c.CorruptNalUnits);
            writer.WriteNumber("packetLossPercent", c.PacketLossPercent);
            writer.WriteNumber("lostPackets", c.LostPackets);
            writer.WriteString("soapDelay", DurationText.Format(c.SoapDelay));
            writer.WriteString("clockSkew", DurationText.Format(c.ClockSkew));
            writer.WriteStartArray("faults");
            foreach (var fault in fleet.Faults.Active(c))
            {
                writer.WriteStartObject();
                writer.WriteString("fault", fault.Kind.ToName());
                writer.WriteString("startedAt", fault.StartedAt);
                if (fault.EndsAt is { } ends)
                {
                    writer.WriteString("endsAt", ends);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    public static string KindName(CameraKind kind) => kind.ToString().ToLowerInvariant();
}
