using Vms.Onvif.Model.Common;
using Vms.Onvif.Model.Ptz;

namespace Vms.Onvif.Client;

/// <summary>PTZ (tptz): nodes and limits, moves, status, presets and home. Obtain it from <see cref="OnvifDevice.GetPtzAsync"/>.</summary>
public sealed class PtzClient
{
    private readonly SoapClient _soap;

    internal PtzClient(SoapClient soap, Uri ptz)
    {
        _soap = soap;
        ServiceUri = ptz;
    }

    public Uri ServiceUri { get; }

    public async Task<IReadOnlyList<PtzNode>> GetNodesAsync(CancellationToken cancellationToken) =>
        (await CallAsync<GetNodesResponse>(new GetNodes().ToXml(), cancellationToken).ConfigureAwait(false)).Nodes;

    /// <summary>PTZ configurations with their pan/tilt and zoom limits and default speed/timeout.</summary>
    public async Task<IReadOnlyList<PtzConfiguration>> GetConfigurationsAsync(CancellationToken cancellationToken) =>
        (await CallAsync<GetConfigurationsResponse>(new GetConfigurations().ToXml(), cancellationToken).ConfigureAwait(false)).Configurations;

    /// <summary>Joystick move: velocities in the generic space (−1…1); the camera stops by itself after <paramref name="timeout"/>
    /// (or its default PTZ timeout when null), so a lost client never leaves the camera turning.</summary>
    public Task ContinuousMoveAsync(string profileToken, PtzVector velocity, TimeSpan? timeout, CancellationToken cancellationToken) =>
        CallAsync<ContinuousMoveResponse>(new ContinuousMove(profileToken, velocity, timeout).ToXml(), cancellationToken);

    public Task RelativeMoveAsync(string profileToken, PtzVector translation, PtzVector? speed, CancellationToken cancellationToken) =>
        CallAsync<RelativeMoveResponse>(new RelativeMove(profileToken, translation, speed).ToXml(), cancellationToken);

    public Task AbsoluteMoveAsync(string profileToken, PtzVector position, PtzVector? speed, CancellationToken cancellationToken) =>
        CallAsync<AbsoluteMoveResponse>(new AbsoluteMove(profileToken, position, speed).ToXml(), cancellationToken);

    /// <summary>Stops pan/tilt and zoom (both when null).</summary>
    public Task StopAsync(string profileToken, CancellationToken cancellationToken, bool? panTilt = null, bool? zoom = null) =>
        CallAsync<StopResponse>(new Stop(profileToken, panTilt, zoom).ToXml(), cancellationToken);

    public async Task<PtzStatus> GetStatusAsync(string profileToken, CancellationToken cancellationToken) =>
        (await CallAsync<GetStatusResponse>(new GetStatus(profileToken).ToXml(), cancellationToken).ConfigureAwait(false)).Status;

    public async Task<IReadOnlyList<PtzPreset>> GetPresetsAsync(string profileToken, CancellationToken cancellationToken) =>
        (await CallAsync<GetPresetsResponse>(new GetPresets(profileToken).ToXml(), cancellationToken).ConfigureAwait(false)).Presets;

    /// <summary>Stores the current position as a new preset; returns its token.</summary>
    public async Task<string> CreatePresetAsync(string profileToken, string name, CancellationToken cancellationToken) =>
        (await CallAsync<SetPresetResponse>(new SetPreset(profileToken, name).ToXml(), cancellationToken).ConfigureAwait(false)).PresetToken;

    /// <summary>SetPreset with a token: overwrites that preset with the current position and, when <paramref name="name"/>
    /// is given, renames it.</summary>
    public async Task<string> SetPresetAsync(string profileToken, string presetToken, string? name, CancellationToken cancellationToken) =>
        (await CallAsync<SetPresetResponse>(new SetPreset(profileToken, name, presetToken).ToXml(), cancellationToken).ConfigureAwait(false)).PresetToken;

    public Task GotoPresetAsync(string profileToken, string presetToken, PtzVector? speed, CancellationToken cancellationToken) =>
        CallAsync<GotoPresetResponse>(new GotoPreset(profileToken, presetToken, speed).ToXml(), cancellationToken);

    public Task RemovePresetAsync(string profileToken, string presetToken, CancellationToken cancellationToken) =>
        CallAsync<RemovePresetResponse>(new RemovePreset(profileToken, presetToken).ToXml(), cancellationToken);

    public Task GotoHomePositionAsync(string profileToken, PtzVector? speed, CancellationToken cancellationToken) =>
        CallAsync<GotoHomePositionResponse>(new GotoHomePosition(profileToken, speed).ToXml(), cancellationToken);

    public Task SetHomePositionAsync(string profileToken, CancellationToken cancellationToken) =>
        CallAsync<SetHomePositionResponse>(new SetHomePosition(profileToken).ToXml(), cancellationToken);

    private Task<T> CallAsync<T>(System.Xml.Linq.XElement request, CancellationToken cancellationToken)
        where T : IOnvifMessage<T> =>
        _soap.CallAsync<T>(ServiceUri, request, cancellationToken);
}
