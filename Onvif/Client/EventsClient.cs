using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using Vms.Onvif.Model.Events;
using Vms.Onvif.Soap;

namespace Vms.Onvif.Client;

/// <summary>
/// Events (tev): capabilities, the topic set, real-time pull-point subscriptions and the motion-event reader
/// (<see cref="ReadMotionAsync"/>: subscribe, long-poll, renew, re-subscribe after a lost pull point).
/// Obtain it from <see cref="OnvifDevice.GetEventsAsync"/>.
/// </summary>
public sealed class EventsClient
{
    private readonly SoapClient _soap;
    private readonly Uri _deviceService;

    internal EventsClient(SoapClient soap, Uri events, Uri deviceService)
    {
        _soap = soap;
        _deviceService = deviceService;
        ServiceUri = events;
    }

    public Uri ServiceUri { get; }

    public async Task<EventServiceCapabilities> GetCapabilitiesAsync(CancellationToken cancellationToken) =>
        (await CallAsync<GetServiceCapabilitiesResponse>(new GetServiceCapabilities().ToXml(), EventActions.GetServiceCapabilities, cancellationToken).ConfigureAwait(false)).Capabilities;

    /// <summary>The topics the camera can raise, with their Source/Data items.</summary>
    public async Task<IReadOnlyList<TopicDescription>> GetEventPropertiesAsync(CancellationToken cancellationToken) =>
        (await CallAsync<GetEventPropertiesResponse>(new GetEventProperties().ToXml(), EventActions.GetEventProperties, cancellationToken).ConfigureAwait(false)).Topics;

    /// <summary>Creates a pull point (filter null: every topic) living <paramref name="termination"/> unless renewed.</summary>
    public async Task<PullPointSubscription> SubscribeAsync(EventFilter? filter, TimeSpan termination, CancellationToken cancellationToken)
    {
        var request = new CreatePullPointSubscription(filter, AbsoluteOrRelativeTime.After(termination)).ToXml();
        var response = await CallAsync<CreatePullPointSubscriptionResponse>(request, EventActions.CreatePullPointSubscription, cancellationToken).ConfigureAwait(false);
        var address = DeviceAddress.FixService(response.SubscriptionReference.Address, _deviceService)
            ?? throw new OnvifProtocolException($"{ServiceUri.GetLeftPart(UriPartial.Path)}: unusable subscription address '{response.SubscriptionReference.Address}'");
        return new PullPointSubscription(_soap, response.SubscriptionReference, address, response.CurrentTime, response.TerminationTime);
    }

    /// <summary>
    /// Motion events (<see cref="MotionEvent"/>) as they come, until cancelled: subscribes with a motion topic filter,
    /// pulls in a loop, renews before the pull point ends (whether or not the camera extends it on each pull), and
    /// subscribes again when a pull fails (pull point lost, camera rebooted). Gives up with the last error after
    /// <see cref="EventPullOptions.MaxConsecutiveFailures"/> failures in a row. The first events are the camera's
    /// Initialized states. The pull point is unsubscribed when the enumeration ends.
    /// </summary>
    public async IAsyncEnumerable<MotionEvent> ReadMotionAsync(EventPullOptions? options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        options ??= new EventPullOptions();
        options.Validate();
        var filter = new EventFilter(new TopicExpression([new TopicPath(EventTopic.MotionAlarm), new TopicPath(EventTopic.CellMotion)]));
        PullPointSubscription? subscription = null;
        var failures = 0;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                IReadOnlyList<NotificationMessage> messages;
                try
                {
                    subscription ??= await SubscribeAsync(filter, options.SubscriptionTime, cancellationToken).ConfigureAwait(false);
                    if (subscription.TerminationTime - subscription.DeviceTime < options.PullTimeout + options.PullTimeout)
                    {
                        await subscription.RenewAsync(options.SubscriptionTime, cancellationToken).ConfigureAwait(false);
                    }

                    messages = await subscription.PullAsync(options.PullTimeout, options.MessageLimit, cancellationToken).ConfigureAwait(false);
                    failures = 0;
                }
                catch (OnvifException ex) when (ex is not OnvifNotAuthorizedException && failures < options.MaxConsecutiveFailures && !cancellationToken.IsCancellationRequested)
                {
                    failures++;
                    if (subscription is not null)
                    {
                        await subscription.DisposeAsync().ConfigureAwait(false);
                        subscription = null;
                    }

                    continue;
                }

                foreach (var message in messages)
                {
                    if (MotionEvent.TryFrom(message, _soap.ClockOffset) is { } motion)
                    {
                        yield return motion;
                    }
                }
            }
        }
        finally
        {
            if (subscription is not null)
            {
                await subscription.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>WS-Addressing header blocks of an event request: Action, MessageID, To, then the reference parameters.</summary>
    internal static List<XElement> AddressingHeaders(string action, string to, IReadOnlyList<XElement> referenceParameters)
    {
        var wsa = OnvifNamespaces.Addressing;
        List<XElement> headers =
        [
            new XElement(wsa + "Action", action),
            new XElement(wsa + "MessageID", "urn:uuid:" + Guid.NewGuid().ToString("D")),
            new XElement(wsa + "To", to),
        ];
        headers.AddRange(referenceParameters.Select(p => new XElement(p)));
        return headers;
    }

    private async Task<T> CallAsync<T>(XElement request, string action, CancellationToken cancellationToken)
        where T : IOnvifMessage<T>
    {
        var body = await _soap.CallAsync(ServiceUri, request, action, AddressingHeaders(action, ServiceUri.AbsoluteUri, []), TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
        try
        {
            return T.FromXml(body);
        }
        catch (OnvifMessageException ex)
        {
            throw new OnvifProtocolException($"{ServiceUri.GetLeftPart(UriPartial.Path)}: unreadable {request.Name.LocalName} response: {ex.Message}", null, ex);
        }
    }
}
