using Vms.Onvif.Model.Common;
using Vms.Onvif.Model.Ptz;
using Vms.Onvif.Server;
using Vms.Simulators.Video;

namespace Vms.Simulators.Camera;

/// <summary>
/// PTZ (tptz) for ptz and panoramic cameras: one node in the generic spaces (plus TranslationSpaceFov), one
/// configuration, continuous/relative/absolute moves on the <see cref="PtzMotion"/> model, status, presets
/// (at most 32, persisted) and home position. The position drives the picture's viewport.
/// </summary>
internal static partial class PtzService
{
    public const string NodeToken = "ptz_node";
    public const string ConfigurationToken = "ptz_config";
    public const int MaxPresets = 32;

    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private static readonly FloatRange Unit = new(-1, 1);
    private static readonly FloatRange Positive = new(0, 1);

    public static void Register(SimulatedCamera camera, SoapDispatcher d)
    {
        OnvifHandlers.Add<GetServiceCapabilities>(d, OnvifAccessClass.PreAuth, (_, _) => new GetServiceCapabilitiesResponse(Capabilities()).ToXml());
        OnvifHandlers.Add<GetNodes>(d, OnvifAccessClass.ReadSystem, (_, _) => new GetNodesResponse([Node()]).ToXml());
        OnvifHandlers.Add<GetNode>(d, OnvifAccessClass.ReadSystem, (r, _) => r.NodeToken == NodeToken
            ? new GetNodeResponse(Node()).ToXml()
            : throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.NoEntity), $"no PTZ node '{r.NodeToken}'"));
        OnvifHandlers.Add<GetConfigurations>(d, OnvifAccessClass.ReadMedia, (_, _) => new GetConfigurationsResponse([Configuration()]).ToXml());
        OnvifHandlers.Add<GetConfiguration>(d, OnvifAccessClass.ReadMedia, (r, _) =>
        {
            CheckConfiguration(r.PtzConfigurationToken);
            return new GetConfigurationResponse(Configuration()).ToXml();
        });
        OnvifHandlers.Add<GetConfigurationOptions>(d, OnvifAccessClass.ReadMedia, (r, _) =>
        {
            CheckConfiguration(r.ConfigurationToken);
            return new GetConfigurationOptionsResponse(new PtzConfigurationOptions(Spaces(), new DurationRange(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10)))).ToXml();
        });

        OnvifHandlers.Add<ContinuousMove>(d, OnvifAccessClass.Actuate, (r, _) =>
        {
            CheckProfile(r.ProfileToken);
            var v = r.Velocity;
            CheckRange(v.PanTilt?.X, -1, 1, OnvifFaultCodes.InvalidVelocity);
            CheckRange(v.PanTilt?.Y, -1, 1, OnvifFaultCodes.InvalidVelocity);
            CheckRange(v.Zoom?.X, -1, 1, OnvifFaultCodes.InvalidVelocity);
            var timeout = r.Timeout ?? DefaultTimeout;
            if (timeout <= TimeSpan.Zero || timeout > TimeSpan.FromMinutes(10))
            {
                throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.TimeoutNotSupported), $"timeout {timeout} outside PT1S..PT10M");
            }

            camera.Ptz.Continuous((v.PanTilt?.X ?? 0, v.PanTilt?.Y ?? 0, v.Zoom?.X ?? 0), timeout);
            return new ContinuousMoveResponse().ToXml();
        });

        OnvifHandlers.Add<RelativeMove>(d, OnvifAccessClass.Actuate, (r, _) =>
        {
            CheckProfile(r.ProfileToken);
            var t = r.Translation;
            CheckRange(t.PanTilt?.X, -2, 2, OnvifFaultCodes.InvalidTranslation);
            CheckRange(t.PanTilt?.Y, -2, 2, OnvifFaultCodes.InvalidTranslation);
            CheckRange(t.Zoom?.X, -1, 1, OnvifFaultCodes.InvalidTranslation);
            var now = camera.Ptz.Position;
            var target = new PtzPosition(now.Pan + (t.PanTilt?.X ?? 0), now.Tilt + (t.PanTilt?.Y ?? 0), now.Zoom + (t.Zoom?.X ?? 0));
            camera.Ptz.MoveTo(target, Speed(r.Speed));
            return new RelativeMoveResponse().ToXml();
        });

        OnvifHandlers.Add<AbsoluteMove>(d, OnvifAccessClass.Actuate, (r, _) =>
        {
            CheckProfile(r.ProfileToken);
            var p = r.Position;
            CheckRange(p.PanTilt?.X, -1, 1, OnvifFaultCodes.InvalidPosition);
            CheckRange(p.PanTilt?.Y, -1, 1, OnvifFaultCodes.InvalidPosition);
            CheckRange(p.Zoom?.X, 0, 1, OnvifFaultCodes.InvalidPosition);
            var now = camera.Ptz.Position;
            camera.Ptz.MoveTo(new PtzPosition(p.PanTilt?.X ?? now.Pan, p.PanTilt?.Y ?? now.Tilt, p.Zoom?.X ?? now.Zoom), Speed(r.Speed));
            return new AbsoluteMoveResponse().ToXml();
        });

        OnvifHandlers.Add<Stop>(d, OnvifAccessClass.Actuate, (r, _) =>
        {
            CheckProfile(r.ProfileToken);
            camera.Ptz.Stop(r.PanTilt ?? true, r.Zoom ?? true);
            return new StopResponse().ToXml();
        });

        OnvifHandlers.Add<GetStatus>(d, OnvifAccessClass.ReadMedia, (r, _) =>
        {
            CheckProfile(r.ProfileToken);
            var (position, panTilt, zoom) = camera.Ptz.Read();
            return new GetStatusResponse(new PtzStatus(
                Vector(position),
                new PtzMoveStatus(panTilt ? MoveStatus.Moving : MoveStatus.Idle, zoom ? MoveStatus.Moving : MoveStatus.Idle),
                null,
                camera.Now)).ToXml();
        });

        RegisterPresets(camera, d);
    }

    internal static PtzServiceCapabilities Capabilities() => new()
    {
        EFlip = false,
        Reverse = false,
        GetCompatibleConfigurations = false,
        MoveStatus = true,
        StatusPosition = true,
    };

    internal static PtzConfiguration Configuration() => new()
    {
        Token = ConfigurationToken,
        Name = "ptz",
        UseCount = 2,
        NodeToken = NodeToken,
        DefaultAbsolutePanTiltPositionSpace = PtzSpaceUris.PanTiltPositionGeneric,
        DefaultAbsoluteZoomPositionSpace = PtzSpaceUris.ZoomPositionGeneric,
        DefaultRelativePanTiltTranslationSpace = PtzSpaceUris.PanTiltTranslationGeneric,
        DefaultRelativeZoomTranslationSpace = PtzSpaceUris.ZoomTranslationGeneric,
        DefaultContinuousPanTiltVelocitySpace = PtzSpaceUris.PanTiltVelocityGeneric,
        DefaultContinuousZoomVelocitySpace = PtzSpaceUris.ZoomVelocityGeneric,
        DefaultPtzSpeed = new PtzVector(new Vector2D(1, 1, PtzSpaceUris.PanTiltSpeedGeneric), new Vector1D(1, PtzSpaceUris.ZoomSpeedGeneric)),
        DefaultPtzTimeout = DefaultTimeout,
        PanTiltLimits = new Space2DDescription(PtzSpaceUris.PanTiltPositionGeneric, Unit, Unit),
        ZoomLimits = new Space1DDescription(PtzSpaceUris.ZoomPositionGeneric, Positive),
    };

    internal static PtzVector Vector(PtzPosition p) => new(
        new Vector2D((float)p.Pan, (float)p.Tilt, PtzSpaceUris.PanTiltPositionGeneric),
        new Vector1D((float)p.Zoom, PtzSpaceUris.ZoomPositionGeneric));

    private static PtzNode Node() => new()
    {
        Token = NodeToken,
        FixedHomePosition = false,
        GeoMove = false,
        Name = "PTZ",
        SupportedPtzSpaces = Spaces(),
        MaximumNumberOfPresets = MaxPresets,
        HomeSupported = true,
        MaximumNumberOfPresetTours = 0,
    };

    private static PtzSpaces Spaces() => new()
    {
        AbsolutePanTiltPositionSpace = [new Space2DDescription(PtzSpaceUris.PanTiltPositionGeneric, Unit, Unit)],
        AbsoluteZoomPositionSpace = [new Space1DDescription(PtzSpaceUris.ZoomPositionGeneric, Positive)],
        RelativePanTiltTranslationSpace =
        [
            new Space2DDescription(PtzSpaceUris.PanTiltTranslationGeneric, Unit, Unit),
            new Space2DDescription(PtzSpaceUris.PanTiltTranslationFov, Unit, Unit),
        ],
        RelativeZoomTranslationSpace = [new Space1DDescription(PtzSpaceUris.ZoomTranslationGeneric, Unit)],
        ContinuousPanTiltVelocitySpace = [new Space2DDescription(PtzSpaceUris.PanTiltVelocityGeneric, Unit, Unit)],
        ContinuousZoomVelocitySpace = [new Space1DDescription(PtzSpaceUris.ZoomVelocityGeneric, Unit)],
        PanTiltSpeedSpace = [new Space1DDescription(PtzSpaceUris.PanTiltSpeedGeneric, Positive)],
        ZoomSpeedSpace = [new Space1DDescription(PtzSpaceUris.ZoomSpeedGeneric, Positive)],
    };

    private static double Speed(PtzVector? speed) => speed?.PanTilt?.X is { } s && s > 0 ? s : 1;

    private static void CheckProfile(string token)
    {
        if (SimulatedCamera.StreamOfProfile(token) is null)
        {
            throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.NoProfile), $"no profile '{token}'");
        }
    }

    private static void CheckConfiguration(string token)
    {
        if (token != ConfigurationToken)
        {
            throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.NoConfig), $"no PTZ configuration '{token}'");
        }
    }

    private static void CheckRange(float? value, float min, float max, System.Xml.Linq.XName fault)
    {
        if (value is { } v && (!float.IsFinite(v) || v < min || v > max))
        {
            throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(fault), $"{v} outside [{min}, {max}]");
        }
    }
}
