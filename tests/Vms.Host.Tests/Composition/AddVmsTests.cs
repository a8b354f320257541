using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Vms.Host.Api;
using Vms.Host.Composition;
using Vms.TestSupport;

namespace Vms.Host.Tests.Composition;

public sealed class AddVmsTests
{
    [Fact]
    public async Task AddVms_InAPlainGenericHost_ServesTheApiOnItsOwnListener()
    {
        var data = Directory.CreateTempSubdirectory("vms-embed-");
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Vms:DataFolder"] = data.FullName,
            ["Vms:Http:Port"] = "0",
            ["Vms:Rtsp:Port"] = "0",
            ["Vms:Rtsp:BindAddress"] = "127.0.0.1",
        });
        builder.Services.AddVms(builder.Configuration);
        using var host = builder.Build();

        await host.StartAsync().WithTimeout();
        try
        {
            var api = host.Services.GetRequiredService<ApiServer>();
            Assert.NotNull(api.BaseAddress);
            Assert.Equal("127.0.0.1", api.BaseAddress!.Host);
            using var http = new HttpClient { BaseAddress = api.BaseAddress };
            var health = await http.GetFromJsonAsync<Dictionary<string, string>>("health").WithTimeout();
            Assert.Equal("ok", health!["status"]);
            Assert.True(File.Exists(Path.Combine(data.FullName, Vms.Host.Data.HostDatabaseOptions.SqliteFileName)), "the service database is created at start");
        }
        finally
        {
            await host.StopAsync().WithTimeout();
            data.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task AddVms_InvalidOptions_FailToStartWithTheReason()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Vms:Index:Provider"] = "Oracle" });
        builder.Services.AddVms(builder.Configuration);
        using var host = builder.Build();

        var e = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => host.StartAsync().WithTimeout());
        Assert.Contains("Vms:Index:Provider must be Sqlite or SqlServer, not 'Oracle'", e.Failures);
    }
}
