using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Vms.Host.Api;
using Vms.Host.Options;
using Vms.Host.Security;
using Vms.Host.Tests.Security;
using Vms.TestSupport;

namespace Vms.Host.Tests.Api;

public sealed class SecurityApiTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);
    private SecurityHarness _h = null!;
    private ApiServer _api = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _h = await SecurityHarness.CreateAsync(Now);
        _api = new ApiServer(_h.Services, _h.Services.GetRequiredService<IOptions<VmsOptions>>(), NullLogger<ApiServer>.Instance);
        await _api.StartAsync(CancellationToken.None).WithTimeout();
        _http = new HttpClient { BaseAddress = _api.BaseAddress };
        await _h.AddUserAsync("root", "administrator-1", BuiltInRoles.Administrator);
        await _h.AddUserAsync("olivier", "operator-pass-1", BuiltInRoles.Operator);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _api.StopAsync(CancellationToken.None);
        await _api.DisposeAsync();
        await _h.DisposeAsync();
    }

    public void Dispose() => _http?.Dispose();

    private async Task<string> TokenAsync(string user, string password)
    {
        using var response = await _http.PostAsJsonAsync("api/v1/auth/tokens", new { user, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    private async Task<HttpStatusCode> SendAsync(HttpMethod method, string path, string? token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await _http.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task Api_WithoutOrWithARevokedToken_Answers401_AndHealthStaysOpen()
    {
        Assert.Equal(HttpStatusCode.OK, await SendAsync(HttpMethod.Get, "health", null));
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(HttpMethod.Get, "api/v1/auth/me", null));
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(HttpMethod.Get, "api/v1/auth/me", "vms_not-a-real-token-but-long-enough-to-look-like-one"));
        var token = await TokenAsync("olivier", "operator-pass-1");
        Assert.Equal(HttpStatusCode.OK, await SendAsync(HttpMethod.Get, "api/v1/auth/me", token));

        using var list = new HttpRequestMessage(HttpMethod.Get, "api/v1/auth/tokens");
        list.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var tokens = await _http.SendAsync(list);
        var id = (await tokens.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.NoContent, await SendAsync(HttpMethod.Delete, $"api/v1/auth/tokens/{id}", token));
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(HttpMethod.Get, "api/v1/auth/me", token));
    }

    [Fact]
    public async Task Api_OperatorOnAdministerRoutes_Answers403_AdministratorManagesUsersAndGrants()
    {
        var operatorToken = await TokenAsync("olivier", "operator-pass-1");
        var adminToken = await TokenAsync("root", "administrator-1");

        Assert.Equal(HttpStatusCode.Forbidden, await SendAsync(HttpMethod.Get, "api/v1/users", operatorToken));
        Assert.Equal(HttpStatusCode.Forbidden, await SendAsync(HttpMethod.Get, "api/v1/audit", operatorToken));
        Assert.Equal(HttpStatusCode.Created, await SendAsync(HttpMethod.Post, "api/v1/users", adminToken, new { name = "martin", roles = new[] { "police-municipale" }, password = "municipal-pass" }));
        Assert.Equal(HttpStatusCode.Conflict, await SendAsync(HttpMethod.Post, "api/v1/users", adminToken, new { name = "martin" }));
        Assert.Equal(HttpStatusCode.BadRequest, await SendAsync(HttpMethod.Post, "api/v1/grants", adminToken, new { subject = "role:police-municipale", scope = "*", rights = "live", schedule = "mon-fri 8h-20h" }));
        Assert.Equal(HttpStatusCode.Created, await SendAsync(HttpMethod.Post, "api/v1/grants", adminToken, new { subject = "role:police-municipale", scope = "*", rights = "live", schedule = "mon-fri 08:00-20:00" }));
        Assert.Equal(HttpStatusCode.OK, await SendAsync(HttpMethod.Get, "api/v1/audit?action=grant", adminToken));
        Assert.Equal(HttpStatusCode.NoContent, await SendAsync(HttpMethod.Post, "api/v1/users/martin/disable", adminToken));
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(HttpMethod.Post, "api/v1/auth/tokens", null, new { user = "martin", password = "municipal-pass" }));
    }

    [Fact]
    public async Task CreateToken_RepeatedWrongPasswords_Answers429WithRetryAfter()
    {
        HttpStatusCode last = default;
        for (var i = 0; i < 7; i++)
        {
            last = await SendAsync(HttpMethod.Post, "api/v1/auth/tokens", null, new { user = "olivier", password = "wrong-" + i });
        }

        Assert.Equal((HttpStatusCode)429, last);
    }
}
