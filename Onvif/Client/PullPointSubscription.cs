using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using Vms.Onvif.Model.Events;
using Vms.Onvif.Soap;

namespace Vms.Onvif.Client;

/// <summary>
/// One real-time pull point on a camera. Every request goes to the subscription address with the WS-Addressing
/// headers the Events spec asks for (Action, MessageID, To) and the reference parameters copied as header blocks.
/// Dispose unsubscribes (best effort, bounded by the call timeout).
/// </summary>
public sealed class PullPointSubscription : IAsyncDisposable
{
    private readonly SoapClient _soap;
    private readonly EndpointReference _reference;
    private readonly Uri _address;
    private int _unsubscribed;

    internal PullPointSubscription(SoapClient soap, EndpointReference reference, Uri address, DateTimeOffset currentTime, DateTimeOffset terminationTime)
    {
        _soap = soap;
        _reference = reference;
        _address = address;
        DeviceTime = currentTime;
        TerminationTime = terminationTime;
    }

    /// <summary>The subscription address (host fixed to the one the device was reached on).</summary>
    public Uri Address => _address;

    /// <summary>When the pull point ends, on the camera's clock (updated by pulls and renewals).</summary>
    public DateTimeOffset TerminationTime { get; private set; }

    /// <summary>The camera's clock at its last answer.</summary>
    public DateTimeOffset DeviceTime { get; private set; }

    /// <summary>Long poll: the camera answers with what is queued, or waits up to <paramref name="timeout"/> for something.</summary>
    public async Task<IReadOnlyList<NotificationMessage>> PullAsync(TimeSpan timeout, int messageLimit, CancellationToken cancellationToken)
    {
        var response = await CallAsync<PullMessagesResponse>(new PullMessages(timeout, messageLimit).ToXml(), EventActions.PullMessages, timeout, cancellationToken).ConfigureAwait(false);
        DeviceTime = response.CurrentTime;
        TerminationTime = response.TerminationTime;
        return response.Messages;
    }

    /// <summary>Extends the subscription by <paramref name="duration"/> from now (camera clock).</summary>
    public async Task RenewAsync(TimeSpan duration, CancellationToken cancellationToken)
    {
        var response = await CallAsync<RenewResponse>(new Renew(AbsoluteOrRelativeTime.After(duration)).ToXml(), EventActions.Renew, TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
        TerminationTime = response.TerminationTime;
        if (response.CurrentTime is { } now)
        {
            DeviceTime = now;
        }
    }

    /// <summary>Asks the camera to send every property again as Initialized.</summary>
    public Task SetSynchronizationPointAsync(CancellationToken cancellationToken) =>
        CallAsync<SetSynchronizationPointResponse>(new SetSynchronizationPoint().ToXml(), EventActions.SetSynchronizationPoint, TimeSpan.Zero, cancellationToken);

    public async Task UnsubscribeAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _unsubscribed, 1) == 0)
        {
            await CallAsync<UnsubscribeResponse>(new Unsubscribe().ToXml(), EventActions.Unsubscribe, TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await UnsubscribeAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (OnvifException)
        {
            // the pull point may already be gone (terminated, camera rebooted); it expires on its own
        }
    }

    private async Task<T> CallAsync<T>(XElement request, string action, TimeSpan extraTime, CancellationToken cancellationToken)
        where T : IOnvifMessage<T>
    {
        var body = await _soap.CallAsync(_address, request, action, EventsClient.AddressingHeaders(action, _reference.Address, _reference.ReferenceParameters), extraTime, cancellationToken).ConfigureAwait(false);
        try
        {
            return T.FromXml(body);
        }
        catch (OnvifMessageException ex)
        {
            throw new OnvifProtocolException($"{_address.GetLeftPart(UriPartial.Path)}: unreadable {request.Name.LocalName} response: {ex.Message}", null, ex);
        }
    }
}
