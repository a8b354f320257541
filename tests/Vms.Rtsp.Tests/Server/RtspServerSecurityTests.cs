using System.Collections.Concurrent;
using Vms.Rtsp.Auth;
using Vms.Rtsp.Messages;
using Vms.Rtsp.Server;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Rtsp.Tests.Server;

public sealed class RtspServerSecurityTests(ITestOutputHelper output)
{
    private const string Password = "p@ss:w0rd/é \"x\"";

    private static readonly DigestCredentialLookup Users = (user, _, _) =>
        ValueTask.FromResult(user == "alice" ? DigestCredential.FromPassword(Password) : null);

    [Fact]
    public async Task Describe_WithoutCredentials_Returns401WithDigestChallenges()
    {
        await using var h = await ServerHarness.StartAsync(output, new RtspServerOptions { Realm = "TestRealm" }, RtspServerSecurity.Digest(Users));
        h.AddLive("cam");
        await using var c = h.Connect();
        var response = await c.RequestAsync(RtspMethod.Describe, "/cam").WithTimeout();
        Assert.Equal(401, response.StatusCode);
        var challenges = response.Headers.GetValues(RtspHeaderNames.WwwAuthenticate);
        Assert.Contains(challenges, v => v.StartsWith("Digest", StringComparison.Ordinal) && v.Contains("realm=\"TestRealm\"", StringComparison.Ordinal) && v.Contains("MD5", StringComparison.Ordinal));
        Assert.Empty(h.Resolver.Requests);
    }

    [Fact]
    public async Task Describe_DigestWithSpecialCharacterPassword_Returns200()
    {
        await using var h = await ServerHarness.StartAsync(output, null, RtspServerSecurity.Digest(Users));
        h.AddLive("cam");
        await using var c = h.Connect();
        var response = await AuthenticatedAsync(c, new RtspClientAuthenticator("alice", Password), RtspMethod.Describe, "/cam");
        Assert.Equal(200, response.StatusCode);
        Assert.Equal("alice", h.Resolver.Requests.Single().User);
    }

    [Fact]
    public async Task Describe_WrongPassword_Returns401Again()
    {
        await using var h = await ServerHarness.StartAsync(output, null, RtspServerSecurity.Digest(Users));
        h.AddLive("cam");
        await using var c = h.Connect();
        var response = await AuthenticatedAsync(c, new RtspClientAuthenticator("alice", "wrong"), RtspMethod.Describe, "/cam");
        Assert.Equal(401, response.StatusCode);
        Assert.Empty(h.Resolver.Requests);
    }

    [Fact]
    public async Task Setup_NeedsCredentialsButLaterSessionRequestsRideOnTheSessionId()
    {
        await using var h = await ServerHarness.StartAsync(output, null, RtspServerSecurity.Digest(Users));
        h.AddLive("cam");
        await using var c = h.Connect();
        var unauthenticated = await c.RequestAsync(RtspMethod.Setup, "/cam/trackID=0", (RtspHeaderNames.Transport, "RTP/AVP/TCP;unicast")).WithTimeout();
        Assert.Equal(401, unauthenticated.StatusCode);
        var setup = await AuthenticatedAsync(c, new RtspClientAuthenticator("alice", Password), RtspMethod.Setup, "/cam/trackID=0", (RtspHeaderNames.Transport, "RTP/AVP/TCP;unicast"));
        Assert.Equal(200, setup.StatusCode);
        Assert.Equal(200, (await c.RequestAsync(RtspMethod.Play, "/cam").WithTimeout()).StatusCode);
    }

    [Fact]
    public async Task Authorizer_Refusal_Returns403AndSeesUserPathAndAction()
    {
        var authorizer = new RecordingAuthorizer(r => r.Action == RtspAction.Describe);
        await using var h = await ServerHarness.StartAsync(output, null, RtspServerSecurity.Digest(Users, authorizer));
        h.AddLive("site/cam1");
        await using var c = h.Connect();
        var auth = new RtspClientAuthenticator("alice", Password);
        Assert.Equal(200, (await AuthenticatedAsync(c, auth, RtspMethod.Describe, "/site/cam1")).StatusCode);
        var setup = c.NewRequest(RtspMethod.Setup, c.BaseUrl + "/site/cam1/trackID=0", (RtspHeaderNames.Transport, "RTP/AVP/TCP;unicast"));
        auth.Authorize(setup);
        await c.SendAsync(setup);
        Assert.Equal(403, (await c.ReadResponseAsync().WithTimeout()).StatusCode);
        Assert.Equal(
            [("alice", "site/cam1", RtspAction.Describe), ("alice", "site/cam1", RtspAction.Play)],
            authorizer.Seen.Select(r => (r.User, r.Path, r.Action)).ToArray());
        Assert.Equal(0, h.Server.SessionCount);
    }

    [Fact]
    public async Task AuthorizationOnly_AnonymousUserIsAskedAbout()
    {
        var authorizer = new RecordingAuthorizer(_ => false);
        await using var h = await ServerHarness.StartAsync(output, null, RtspServerSecurity.AuthorizationOnly(authorizer));
        h.AddLive("cam");
        await using var c = h.Connect();
        Assert.Equal(403, (await c.RequestAsync(RtspMethod.Describe, "/cam").WithTimeout()).StatusCode);
        Assert.Null(Assert.Single(authorizer.Seen).User);
    }

    /// <summary>Sends the request, answers the 401 challenge once, returns the final response.</summary>
    private static async Task<RtspResponse> AuthenticatedAsync(RtspTestClient c, RtspClientAuthenticator auth, string method, string path, params (string, string)[] headers)
    {
        var first = await c.RequestAsync(method, path, headers).WithTimeout();
        if (first.StatusCode != 401)
        {
            return first;
        }

        Assert.True(auth.TryAcceptChallenge(first));
        var retry = c.NewRequest(method, c.BaseUrl + path, headers);
        auth.Authorize(retry);
        await c.SendAsync(retry);
        return await c.ReadResponseAsync().WithTimeout();
    }

    private sealed class RecordingAuthorizer(Func<RtspPathRequest, bool> decide) : IRtspAuthorizer
    {
        public ConcurrentQueue<RtspPathRequest> Seen { get; } = new();

        public ValueTask<bool> AuthorizeAsync(RtspPathRequest request, CancellationToken cancellationToken)
        {
            Seen.Enqueue(request);
            return ValueTask.FromResult(decide(request));
        }
    }
}
