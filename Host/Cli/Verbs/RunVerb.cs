using Microsoft.Extensions.Options;
using Vms.Host.Composition;

namespace Vms.Host.Cli.Verbs;

/// <summary><c>vms run [--demo N] [--Vms:Key=value ...]</c>: the service, a thin program over <see cref="VmsServiceCollectionExtensions.AddVms"/>.</summary>
internal sealed class RunVerb : IVerb
{
    public string Name => "run";

    public string Summary => "run the VMS (RTSP 8554, API 127.0.0.1:8080, data in ./data); --demo N adds N simulated cameras";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandConsole console, CancellationToken cancellationToken)
    {
        var configArgs = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--demo")
            {
                if (i + 1 >= args.Count || !int.TryParse(args[i + 1], out var n))
                {
                    throw new CommandLineException("--demo needs a number of cameras");
                }

                configArgs.Add($"--Vms:Demo:Cameras={n}");
                i++;
            }
            else
            {
                configArgs.Add(args[i]);
            }
        }

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [.. configArgs],
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        builder.Services.AddVms(builder.Configuration);
        using var host = builder.Build();
        try
        {
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OptionsValidationException e)
        {
            foreach (var failure in e.Failures)
            {
                await console.Error.WriteLineAsync("vms run: " + failure).ConfigureAwait(false);
            }

            return CommandLine.Usage;
        }

        return CommandLine.Ok;
    }
}
