using Microsoft.Extensions.Logging;
using Vms.Rtsp.Media;
using Vms.Rtsp.Server;
using Vms.Rtsp.Transport;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Rtsp.Tests.Server;

/// <summary>An <see cref="RtspServer"/> on the in-memory transport with a manual clock and the one-NAL-per-packet packetizer.</summary>
internal sealed class ServerHarness : IAsyncDisposable
{
    private readonly ILoggerFactory _loggers;

    private ServerHarness(ITestOutputHelper output, RtspServerOptions options, RtspServerSecurity? security, System.IO.Pipelines.PipeOptions? toClient)
    {
        _loggers = XunitLoggerProvider.Factory(output, LogLevel.Debug);
        _loggers.AddProvider(Errors);
        Listener = new InMemoryConnectionListener(toClient);
        Options = options;
        Server = new RtspServer(options with { UdpRtpPort = null }, Resolver, security, _loggers, Time, NalPerPacketPacketizer.FactoryOn(Time), () => [Listener]);
    }

    public ManualTimeProvider Time { get; } = new();

    /// <summary>Errors and criticals logged by the server (a robust server logs none for bad input).</summary>
    public ErrorCollector Errors { get; } = new();

    public TestPathResolver Resolver { get; } = new();

    public InMemoryConnectionListener Listener { get; }

    public RtspServer Server { get; }

    public RtspServerOptions Options { get; }

    public static async Task<ServerHarness> StartAsync(ITestOutputHelper output, RtspServerOptions? options = null, RtspServerSecurity? security = null, System.IO.Pipelines.PipeOptions? toClient = null)
    {
        var harness = new ServerHarness(output, options ?? new RtspServerOptions(), security, toClient);
        await harness.Server.StartAsync(CancellationToken.None);
        return harness;
    }

    /// <summary>A live stream at <paramref name="path"/> with one GOP already pushed (IDR + 2 P).</summary>
    public RtspStream AddLive(string path, params MediaTrack[] tracks)
    {
        var stream = new RtspStream(tracks.Length == 0 ? [TestMedia.Video()] : tracks, new RtspStreamOptions(), Time, _loggers.CreateLogger<RtspStream>(), NalPerPacketPacketizer.FactoryOn(Time));
        stream.Push(0, TestMedia.Idr(0));
        stream.Push(0, TestMedia.P(7500));
        stream.Push(0, TestMedia.P(15000));
        Resolver.Live[path] = stream;
        return stream;
    }

    /// <summary>Completes with the reason of the next session that ends.</summary>
    public Task<string> NextSessionEnd()
    {
        var ended = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Handler(string id, string reason)
        {
            Server.SessionEnded -= Handler;
            ended.TrySetResult(reason);
        }

        Server.SessionEnded += Handler;
        return ended.Task;
    }

    public RtspTestClient Connect() => new(Listener.Connect());

    /// <summary>Adds a provider to the server's loggers (also to those already created).</summary>
    public void AddLoggerProvider(ILoggerProvider provider) => _loggers.AddProvider(provider);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        _loggers.Dispose();
    }
}
