using System.Globalization;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Options;
using Vms.Host.Composition;
using Vms.Host.Demo;
using Vms.Host.Options;

namespace Vms.Host.Cli.Verbs;

/// <summary>
/// <c>vms run [--demo N] [--data DIR] [--Vms:Key=value ...]</c>: the service, a thin program over
/// <see cref="VmsServiceCollectionExtensions.AddVms"/>. Settings come, lowest first, from the
/// <c>appsettings.json</c> shipped beside the program, the one in the working directory, environment variables
/// (<c>VMS__RTSP__PORT=8554</c>) and the command line; they are validated before anything starts (exit code 2
/// with one line per problem). Ctrl+C or SIGTERM stops it gracefully (exit code 0).
/// </summary>
internal sealed class RunVerb : IVerb
{
    public string Name => "run";

    public string Summary => "run the VMS (RTSP 8554, API 127.0.0.1:8080, data in ./data): [--demo N] [--data DIR] [--Vms:Key=value]...";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        var configArgs = ConfigurationArguments(args);

        IHost host;
        try
        {
            var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
            {
                Args = [.. configArgs],
                ContentRootPath = Directory.GetCurrentDirectory(),
            });

            // the defaults shipped beside the program come first; the working directory's appsettings.json, the
            // environment and the command line override them
            var shipped = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
            if (File.Exists(shipped) && !string.Equals(Path.GetFullPath(shipped), Path.Combine(Path.GetFullPath(Directory.GetCurrentDirectory()), "appsettings.json"), StringComparison.Ordinal))
            {
                var source = new JsonConfigurationSource { Path = shipped, Optional = true, ReloadOnChange = false };
                source.ResolveFileProvider();
                builder.Configuration.Sources.Insert(0, source);
            }

            builder.Services.AddSingleton(new DemoConsole(console.Out));
            builder.Services.AddVms(builder.Configuration);
            host = builder.Build();
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or IOException)
        {
            throw new CommandLineException("configuration: " + OneLine(e));
        }

        try
        {
            try
            {
                // binding and validation errors surface here, before any service starts
                _ = host.Services.GetRequiredService<IOptions<VmsOptions>>().Value;
            }
            catch (OptionsValidationException e)
            {
                foreach (var failure in e.Failures)
                {
                    await console.Error.WriteLineAsync("vms run: " + failure).ConfigureAwait(false);
                }

                return CommandLine.Usage;
            }
            catch (InvalidOperationException e) when (e.InnerException is ArgumentException or FormatException or OverflowException)
            {
                throw new CommandLineException(OneLine(e));
            }

            await RunUntilStoppedAsync(host, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (host is IAsyncDisposable asyncHost)
            {
                await asyncHost.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                host.Dispose();
            }
        }

        return CommandLine.Ok;
    }

    /// <summary>Starts every service, then waits for Ctrl+C, SIGTERM or <paramref name="cancellationToken"/> and stops them
    /// in reverse order (open recording fragments are finished). A stop asked during start stops what has started.</summary>
    private static async Task RunUntilStoppedAsync(IHost host, CancellationToken cancellationToken)
    {
        try
        {
            var started = false;
            try
            {
                await host.StartAsync(cancellationToken).ConfigureAwait(false);
                started = true;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // stopped while starting
            }

            if (started)
            {
                await host.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException or System.Net.Sockets.SocketException)
        {
            throw new VerbFailedException("the service could not start or stopped on an error: " + OneLine(e));
        }
    }

    /// <summary>Turns the verb's own options into configuration keys and keeps <c>--Vms:Key=value</c> as they are.</summary>
    internal static List<string> ConfigurationArguments(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var result = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            var (name, value) = Split(a);
            switch (name)
            {
                case "--demo":
                    value ??= i + 1 < args.Count ? args[++i] : throw new CommandLineException("--demo needs a number of cameras (e.g. --demo 5)");
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                    {
                        throw new CommandLineException($"--demo needs a number of cameras, not '{value}'");
                    }

                    result.Add("--Vms:Demo:Cameras=" + n.ToString(CultureInfo.InvariantCulture));
                    break;
                case "--data":
                    value ??= i + 1 < args.Count ? args[++i] : throw new CommandLineException("--data needs a folder");
                    result.Add("--Vms:DataFolder=" + value);
                    break;
                default:
                    if (!a.StartsWith("--", StringComparison.Ordinal))
                    {
                        throw new CommandLineException($"unexpected argument '{a}' (settings are --Vms:Key=value, e.g. --Vms:Rtsp:Port=8554)");
                    }

                    if (value is null && (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal)))
                    {
                        throw new CommandLineException($"'{a}' needs a value (--Vms:Key=value)");
                    }

                    result.Add(a);
                    if (value is null)
                    {
                        result.Add(args[++i]);
                    }

                    break;
            }
        }

        return result;
    }

    private static (string Name, string? Value) Split(string arg)
    {
        var eq = arg.IndexOf('=', StringComparison.Ordinal);
        return eq < 0 ? (arg, null) : (arg[..eq], arg[(eq + 1)..]);
    }

    private static string OneLine(Exception e) => e.Message.ReplaceLineEndings(" ");
}
