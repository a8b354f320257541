using Vms.Onvif.Model.Device;
using Vms.Onvif.Model.Media2;
using Vms.Onvif.Model.Ptz;
using Vms.Simulators.Camera;
using Xunit.Abstractions;
using M2 = Vms.Onvif.Model.Media2;

namespace Vms.Simulators.Tests.Camera;

public sealed class CameraStateTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Restart_KeepsUsersPresetsMasksEncoderScopesHomeAndIdentity()
    {
        await using var h = CameraHarness.Create(output);
        var endpoint = h.Camera.EndpointAddress;
        await h.CallAsync(new CreateUsers([new User("viewer", "View3r", UserLevel.User)]).ToXml());
        await h.CallAsync(new AddScopes(["onvif://www.onvif.org/location/street/Rue_Haute"]).ToXml());
        await h.CallAsync(new AbsoluteMove("profile_main", new PtzVector(new Vector2D(0.7f, 0.1f), null)).ToXml());
        h.Time.Advance(TimeSpan.FromSeconds(10));
        var preset = (await h.CallAsync<SetPresetResponse>(new SetPreset("profile_main", "Parvis").ToXml())).PresetToken;
        await h.CallAsync(new SetHomePosition("profile_main").ToXml());
        await h.CallAsync(new CreateMask(new Mask
        {
            ConfigurationToken = "video_source_config",
            Polygon = [new(-1, 1), new(0, 1), new(-1, 0)],
            Type = MaskType.Color,
            Color = new M2.Color(0, 0, 0, Colorspaces.Rgb),
            Enabled = true,
        }).ToXml());
        var encoder = (await h.CallAsync<GetVideoEncoderConfigurationsResponse>(new GetVideoEncoderConfigurations("encoder_sub").ToXml())).Configurations[0];
        await h.CallAsync(new M2.SetVideoEncoderConfiguration(encoder with { Resolution = new(352, 288), GovLength = 12 }).ToXml());

        await h.RestartAsync();

        Assert.Equal(endpoint, h.Camera.EndpointAddress);
        Assert.Equal(200, (await h.CallAsync(new GetDeviceInformation().ToXml(), "viewer", "View3r")).StatusCode);
        Assert.Contains((await h.CallAsync<GetScopesResponse>(new GetScopes().ToXml())).Scopes, s => s.Item.EndsWith("Rue_Haute", StringComparison.Ordinal));
        var presets = (await h.CallAsync<GetPresetsResponse>(new GetPresets("profile_main").ToXml())).Presets;
        Assert.Equal((preset, "Parvis"), (Assert.Single(presets).Token, presets[0].Name));
        Assert.Equal(0.7f, presets[0].Position!.PanTilt!.X, 3);
        Assert.Single((await h.CallAsync<GetMasksResponse>(new GetMasks().ToXml())).Masks);
        Assert.Single(h.Camera.Scene.State.Masks);
        Assert.Equal(0.7, h.Camera.Scene.State.Position.Pan, 3);
        var reread = (await h.CallAsync<GetVideoEncoderConfigurationsResponse>(new GetVideoEncoderConfigurations("encoder_sub").ToXml())).Configurations[0];
        Assert.Equal((352, 288, 12), (reread.Resolution.Width, reread.Resolution.Height, reread.GovLength));
        Assert.Equal((352, 12), (h.Camera.EncoderSettings(StreamKind.Sub).Width, h.Camera.EncoderSettings(StreamKind.Sub).GopFrames));
    }

    [Fact]
    public async Task Create_CorruptStateFile_ThrowsInvalidDataNamingTheFileAndAnEmptyOneGetsDefaults()
    {
        await using var h = CameraHarness.Create(output);
        await h.Camera.DisposeAsync();
        await File.WriteAllTextAsync(Path.Combine(h.Folder, "camera.json"), "{ not json");

        var ex = Assert.Throws<InvalidDataException>(h.Recreate);

        Assert.Contains("camera.json", ex.Message, StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(h.Folder, "camera.json"), "{}");
        await h.RestartAsync();
        Assert.Equal(640, h.Camera.EncoderSettings(StreamKind.Main).Width); // a state without encoders or users gets the defaults
        Assert.Equal(200, (await h.CallAsync(new GetDeviceInformation().ToXml())).StatusCode);
    }
}
