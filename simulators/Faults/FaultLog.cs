namespace Vms.Simulators.Faults;

/// <summary>Log messages of fault injection (event ids 6700-6749).</summary>
internal static partial class FaultLog
{
    [LoggerMessage(EventId = 6700, Level = LogLevel.Information, Message = "Fault {Fault} on {Camera} started, duration {Duration}")]
    public static partial void Started(ILogger logger, string camera, FaultKind fault, TimeSpan? duration);

    [LoggerMessage(EventId = 6701, Level = LogLevel.Information, Message = "Fault {Fault} on {Camera} ended")]
    public static partial void Ended(ILogger logger, string camera, FaultKind fault);

    [LoggerMessage(EventId = 6702, Level = LogLevel.Information, Message = "Faults on {Camera} cleared")]
    public static partial void Cleared(ILogger logger, string camera);

    [LoggerMessage(EventId = 6703, Level = LogLevel.Error, Message = "Fault work on {Camera} failed")]
    public static partial void WorkFailed(ILogger logger, string camera, Exception exception);

    [LoggerMessage(EventId = 6704, Level = LogLevel.Information, Message = "Scheduled {Fault} on {Camera}: first at {At}, every {Every}, times {Times}")]
    public static partial void Scheduled(ILogger logger, string camera, FaultKind fault, DateTimeOffset at, TimeSpan? every, int? times);

    [LoggerMessage(EventId = 6705, Level = LogLevel.Information, Message = "Schedule of {Fault} on {Camera} finished after {Count} occurrences")]
    public static partial void ScheduleFinished(ILogger logger, string camera, FaultKind fault, int count);
}
