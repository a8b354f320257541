using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Vms.TestSupport;

/// <summary>Routes <see cref="ILogger"/> output to the xunit test output of the running test.</summary>
public sealed class XunitLoggerProvider(ITestOutputHelper output, LogLevel minimum = LogLevel.Debug) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new XunitLogger(output, categoryName, minimum);

    public void Dispose()
    {
    }

    /// <summary>A factory that writes to <paramref name="output"/>.</summary>
    public static ILoggerFactory Factory(ITestOutputHelper output, LogLevel minimum = LogLevel.Debug)
    {
        var factory = new LoggerFactory();
        factory.AddProvider(new XunitLoggerProvider(output, minimum));
        return factory;
    }

    private sealed class XunitLogger(ITestOutputHelper output, string category, LogLevel minimum) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var shortCategory = category[(category.LastIndexOf('.') + 1)..];
            try
            {
                output.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel,-11} {shortCategory}[{eventId.Id}] {formatter(state, exception)}{(exception is null ? string.Empty : " " + exception)}");
            }
            catch (InvalidOperationException)
            {
                // the test has finished; late log lines from background loops are dropped
            }
        }
    }
}
