using Vms.Onvif.Model.Events;

namespace Vms.Onvif.Client;

/// <summary>
/// A motion alarm from a camera: <c>tns1:VideoSource/MotionAlarm</c> (Source <c>Source</c>, Data <c>State</c>) or
/// <c>tns1:RuleEngine/CellMotionDetector/Motion</c> (Source <c>VideoSourceConfigurationToken</c>, Data <c>IsMotion</c>).
/// </summary>
/// <param name="SourceToken">The video source (or video source configuration) token the alarm is about; empty when the camera names none.</param>
/// <param name="IsMotion">True while motion is detected.</param>
/// <param name="UtcTime">When it happened on THIS server's clock (the camera's time minus its learnt clock offset).</param>
/// <param name="DeviceTime">The UtcTime the camera wrote.</param>
/// <param name="Topic">The topic it came on.</param>
/// <param name="Operation">Initialized (state at subscription or synchronization point), Changed, or null when the camera omits it.</param>
public sealed record MotionEvent(string SourceToken, bool IsMotion, DateTimeOffset UtcTime, DateTimeOffset DeviceTime, EventTopic Topic, PropertyOperation? Operation)
{
    /// <summary>Reads a notification as a motion event; null when it is another topic or carries no readable state.</summary>
    /// <param name="clockOffset">Device clock minus local clock (null: taken as zero).</param>
    public static MotionEvent? TryFrom(NotificationMessage notification, TimeSpan? clockOffset)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (notification is not { Topic: { } topic, Message: { } message })
        {
            return null;
        }

        string? state;
        string? source;
        if (topic == EventTopic.MotionAlarm)
        {
            state = message.DataValue("State");
            source = message.SourceValue("Source") ?? message.SourceValue("VideoSourceToken");
        }
        else if (topic == EventTopic.CellMotion)
        {
            state = message.DataValue("IsMotion");
            source = message.SourceValue("VideoSourceConfigurationToken") ?? message.SourceValue("Source");
        }
        else
        {
            return null;
        }

        // xs:boolean: true/false/1/0, whitespace tolerated
        bool isMotion;
        switch (state?.Trim())
        {
            case "true" or "1" or "True" or "TRUE":
                isMotion = true;
                break;
            case "false" or "0" or "False" or "FALSE":
                isMotion = false;
                break;
            default:
                return null;
        }

        return new MotionEvent(source?.Trim() ?? string.Empty, isMotion, message.UtcTime - (clockOffset ?? TimeSpan.Zero), message.UtcTime, topic, message.PropertyOperation);
    }
}
