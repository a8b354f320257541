using Microsoft.Extensions.Options;
using Vms.Host.Api;
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
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ApiServer>();
        services.AddHostedService(sp => sp.GetRequiredService<ApiServer>());
        return services;
    }
}
