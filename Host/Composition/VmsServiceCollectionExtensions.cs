using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Vms.Host.Api;
using Vms.Host.Data;
using Vms.Host.Demo;
using Vms.Host.Options;

namespace Vms.Host.Composition;

/// <summary>
/// Embeds Vms in any generic host with one call: options (validated at start), the camera supervisors,
/// the RTSP server, the recorder, retention and the REST API, each as a hosted service.
/// <code>
/// var builder = Host.CreateApplicationBuilder(args);
/// builder.Services.AddVms(builder.Configuration);
/// await builder.Build().RunAsync();
/// </code>
/// </summary>
public static class VmsServiceCollectionExtensions
{
    public static IServiceCollection AddVms(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<VmsOptions>()
            .Bind(configuration.GetSection(VmsOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<VmsOptions>, VmsOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        // hosted services start in this order and stop in the reverse one: the database first, the API last
        services.AddSingleton(sp => DatabaseOptions(sp.GetRequiredService<IOptions<VmsOptions>>().Value));
        services.AddSingleton<HostDatabase>();
        services.AddHostedService<HostDatabaseInitializer>();
        services.AddSingleton<HostChangeWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<HostChangeWatcher>()); // follows the CLI's writes; baseline before the features load
        SecurityServices.Add(services, configuration);
        StreamingServices.Add(services, configuration);
        DemoServices.Add(services, configuration);
        CameraServices.Add(services, configuration);
        services.AddSingleton<ApiServer>();
        services.AddHostedService(sp => sp.GetRequiredService<ApiServer>());
        return services;
    }

    private static HostDatabaseOptions DatabaseOptions(VmsOptions options) =>
        string.Equals(options.Index.Provider, "SqlServer", StringComparison.OrdinalIgnoreCase)
            ? HostDatabaseOptions.ForSqlServer(options.Index.ConnectionString!)
            : HostDatabaseOptions.ForSqliteFolder(options.DataFolder);
}
