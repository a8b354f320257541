using System.Globalization;
using System.Xml.Linq;
using Vms.Onvif;
using Vms.Onvif.Model.Common;
using Vms.Onvif.Model.Events;
using Vms.Onvif.Server;

namespace Vms.Simulators.Camera;

/// <summary>
/// Events (tev) with real-time pull points: GetServiceCapabilities, GetEventProperties (one topic,
/// <c>tns1:VideoSource/MotionAlarm</c>), CreatePullPointSubscription (ConcreteSet filter, ChangedOnly, absolute or
/// relative termination), PullMessages (long poll on the camera clock, woken by forced motion), Renew, Unsubscribe
/// and SetSynchronizationPoint at <c>/onvif/events/pullpoint/{id}</c>. Motion comes from <see cref="SceneMotionDetector"/>.
/// </summary>
internal static class EventService
{
    public const string Path = "/onvif/event_service";
    public const string PullPointPath = "/onvif/events/pullpoint/";

    public static readonly TimeSpan MaxTimeout = TimeSpan.FromMinutes(2);
    public const int MaxMessageLimit = 1000;

    public static readonly TimeSpan DefaultTermination = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan MaxTermination = TimeSpan.FromHours(1);

    /// <summary>Pull points exhausted (ter: subcode, as the spec names none).</summary>
    public static readonly XName TooManySubscriptions = XNamespace.Get("http://www.onvif.org/ver10/error") + "TooManySubscriptions";

    private static readonly XName ResourceUnknown = XNamespace.Get("http://docs.oasis-open.org/wsrf/rw-2") + "ResourceUnknownFault";
    private static readonly XName UnableToGetMessages = OnvifNamespaces.WsNotification + "UnableToGetMessagesFault";
    private static readonly XName UnacceptableTermination = OnvifNamespaces.WsNotification + "UnacceptableTerminationTimeFault";

    public static EventServiceCapabilities Capabilities() => new()
    {
        WSSubscriptionPolicySupport = true,
        WSPausableSubscriptionManagerInterfaceSupport = false,
        MaxNotificationProducers = 0,
        MaxPullPoints = EventPullPoints.MaxPullPoints,
        PersistentNotificationStorage = false,
    };

    public static void Register(SimulatedCamera camera, SoapDispatcher d)
    {
        OnvifHandlers.Add<GetServiceCapabilities>(d, OnvifAccessClass.PreAuth, (_, c) =>
            Answer(c, EventActions.GetServiceCapabilitiesResponse, new GetServiceCapabilitiesResponse(Capabilities()).ToXml()));
        OnvifHandlers.Add<GetEventProperties>(d, OnvifAccessClass.ReadMedia, (_, c) =>
            Answer(c, EventActions.GetEventPropertiesResponse, new GetEventPropertiesResponse { Topics = [TopicDescription.MotionAlarm] }.ToXml()));
        OnvifHandlers.Add<CreatePullPointSubscription>(d, OnvifAccessClass.ReadMedia, (r, c) => Create(camera, r, c));
        OnvifHandlers.AddAsync<PullMessages>(d, OnvifAccessClass.ReadMedia, (r, c) => PullAsync(camera, r, c));
        OnvifHandlers.Add<Renew>(d, OnvifAccessClass.ReadMedia, (r, c) =>
        {
            var now = c.Clock.GetUtcNow();
            var point = Find(camera, c, now);
            var until = r.TerminationTime.Resolve(now);
            if (until <= now || until - now > MaxTermination)
            {
                throw OnvifHandlers.Fault(new OnvifFault(OnvifFaultCodes.Receiver, UnacceptableTermination), $"termination time {until:O} is not within {MaxTermination} from now");
            }

            point.SetTermination(until);
            return Answer(c, EventActions.RenewResponse, new RenewResponse(until, now).ToXml());
        });
        OnvifHandlers.Add<Unsubscribe>(d, OnvifAccessClass.ReadMedia, (_, c) =>
        {
            var point = Find(camera, c, c.Clock.GetUtcNow());
            camera.EventPoints.Remove(point.Id);
            return Answer(c, EventActions.UnsubscribeResponse, new UnsubscribeResponse().ToXml());
        });
        OnvifHandlers.Add<SetSynchronizationPoint>(d, OnvifAccessClass.ReadMedia, (_, c) =>
        {
            var now = c.Clock.GetUtcNow();
            var point = Find(camera, c, now);
            point.Initialize(now, camera.EventPoints.Detector.StateAt(now), MediaService.VideoSourceToken);
            point.Wake();
            return Answer(c, EventActions.SetSynchronizationPointResponse, new SetSynchronizationPointResponse().ToXml());
        });
    }

    private static XElement Create(SimulatedCamera camera, CreatePullPointSubscription request, SoapRequestContext context)
    {
        var now = context.Clock.GetUtcNow();
        // a filter naming only topics this camera never raises is accepted: that pull point simply stays silent
        var termination = request.InitialTerminationTime?.Resolve(now) ?? now + DefaultTermination;
        if (termination <= now || termination - now > MaxTermination)
        {
            throw OnvifHandlers.Fault(new OnvifFault(OnvifFaultCodes.Receiver, UnacceptableTermination), $"initial termination time {termination:O} is not within {MaxTermination} from now");
        }

        var point = camera.EventPoints.Create(request.Filter, request.ChangedOnly, termination, now);
        if (!request.ChangedOnly)
        {
            point.Initialize(now, point.LastState, MediaService.VideoSourceToken);
        }

        var address = CameraAddressing.XAddr(context, PullPointPath + point.Id.ToString(CultureInfo.InvariantCulture));
        return Answer(context, EventActions.CreatePullPointSubscriptionResponse, new CreatePullPointSubscriptionResponse(new EndpointReference(address), now, termination).ToXml());
    }

    private static async Task<XElement> PullAsync(SimulatedCamera camera, PullMessages request, SoapRequestContext context)
    {
        if (request.Timeout > MaxTimeout || request.MessageLimit > MaxMessageLimit || request.Timeout < TimeSpan.Zero || request.MessageLimit < 1)
        {
            throw new Onvif.Soap.OnvifFaultException(new Onvif.Soap.SoapFault(
                Onvif.Soap.SoapFaultCode.Receiver, [], $"Timeout up to {MaxTimeout} and MessageLimit 1..{MaxMessageLimit}",
                detail: new PullMessagesFaultResponse(MaxTimeout, MaxMessageLimit).ToXml()));
        }

        var clock = context.Clock;
        var detector = camera.EventPoints.Detector;
        var start = clock.GetUtcNow();
        var point = Find(camera, context, start);
        if (!point.TryBeginPull())
        {
            throw OnvifHandlers.Fault(new OnvifFault(OnvifFaultCodes.Receiver, UnableToGetMessages), "another PullMessages is waiting on this pull point");
        }

        try
        {
            var deadline = start + request.Timeout;
            point.ExtendTo(deadline);
            List<NotificationMessage> messages = [];

            // bounded: every round either returns or waits until a change, a wake-up or the deadline
            for (var round = 0; round < 10_000; round++)
            {
                var woken = point.Woken;
                var now = clock.GetUtcNow();
                point.Evaluate(detector, now, MediaService.VideoSourceToken);
                messages = point.Take(request.MessageLimit);
                if (messages.Count > 0 || now >= deadline || camera.EventPoints.Find(point.Id, now) is null)
                {
                    break;
                }

                var until = detector.NextChange(now) is { } next && next < deadline ? next : deadline;
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
                var delay = Task.Delay(until - now, clock, stop.Token);
                await Task.WhenAny(delay, woken).ConfigureAwait(false);
                await stop.CancelAsync().ConfigureAwait(false);
                context.CancellationToken.ThrowIfCancellationRequested();
            }

            var end = clock.GetUtcNow();
            point.ExtendTo(end + request.Timeout);
            return Answer(context, EventActions.PullMessagesResponse, new PullMessagesResponse(end, point.TerminationTime, messages).ToXml());
        }
        finally
        {
            point.EndPull();
        }
    }

    private static EventPullPoint Find(SimulatedCamera camera, SoapRequestContext context, DateTimeOffset now)
    {
        var path = context.Path;
        var query = path.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            path = path[..query];
        }

        return path.StartsWith(PullPointPath, StringComparison.Ordinal)
            && int.TryParse(path.AsSpan(PullPointPath.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && camera.EventPoints.Find(id, now) is { } point
            ? point
            : throw OnvifHandlers.Fault(new OnvifFault(OnvifFaultCodes.Sender, ResourceUnknown), $"no pull point at {context.Path}");
    }

    private static XElement Answer(SoapRequestContext context, string action, XElement body)
    {
        context.AddResponseHeader(new XElement(OnvifNamespaces.Addressing + "Action", action));
        return body;
    }
}
