using System.Runtime.InteropServices;
using System.Text.Json;
using Microsoft.Extensions.Logging.Console;

namespace Vms.Simulators.Fleet;

/// <summary>
/// The simulator's fleet command: parse, start the fleet, print each camera (text or JSON) on stdout, run until
/// Ctrl+C / SIGTERM, stop cleanly (Bye). Logs go to stderr so <c>--json</c> output stays parseable.
/// Exit codes: 0 stopped, 2 bad usage or fleet file, 1 failed to start.
/// </summary>
public static class FleetProgram
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        FleetCommand command;
        FleetOptions options;
        using var loggers = LoggerFactory.Create(b => b
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddFilter("Microsoft", LogLevel.Warning)
            .SetMinimumLevel(LogLevel.Information)
            .Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
        try
        {
            command = FleetCommandLine.Parse(args);
            if (command.Help)
            {
                await stdout.WriteLineAsync(FleetCommandLine.Usage).ConfigureAwait(false);
                return 0;
            }

            options = FleetLayout.Build(command, TimeProvider.System, loggers);
            options.Validate();
        }
        catch (Exception ex) when (ex is FleetUsageException or ArgumentException)
        {
            await stderr.WriteLineAsync("error: " + ex.Message.Split(" (Parameter", 2)[0]).ConfigureAwait(false);
            return 2;
        }

        CameraFleet fleet;
        try
        {
            fleet = await CameraFleet.StartAsync(options, stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return 0;
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or System.Net.Sockets.SocketException)
        {
            await stderr.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return 1;
        }

        await using (fleet.ConfigureAwait(false))
        {
            await stdout.WriteLineAsync(command.Json ? Json(fleet) : Text(fleet)).ConfigureAwait(false);
            await stdout.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            await stderr.WriteLineAsync("running; Ctrl+C stops").ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.Infinite, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }

        await stderr.WriteLineAsync("stopped").ConfigureAwait(false);
        return 0;
    }

    /// <summary>The process entry: SIGINT (Ctrl+C) and SIGTERM stop the fleet.</summary>
    public static async Task<int> MainAsync(string[] args)
    {
        using var stop = new CancellationTokenSource();
        void Handler(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Handler);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handler);
        return await RunAsync(args, Console.Out, Console.Error, stop.Token).ConfigureAwait(false);
    }

    internal static string Text(CameraFleet fleet)
    {
        var lines = new List<string>();
        foreach (var c in fleet.Cameras)
        {
            lines.Add($"{c.Name}  {FleetJson.KindName(c.Kind)}  onvif {c.DeviceServiceUri}  main {c.MainStreamUri}  sub {c.SubStreamUri}  user {c.Username} password {c.Password}");
        }

        if (fleet.ControlUri is { } control)
        {
            lines.Add($"fault control API: {control}cameras");
        }

        return string.Join(Environment.NewLine, lines);
    }

    internal static string Json(CameraFleet fleet)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            if (fleet.ControlUri is { } control)
            {
                writer.WriteString("control", control.ToString());
            }

            writer.WritePropertyName("cameras");
            FleetJson.WriteCameras(writer, fleet, withState: false);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
