using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Vms.Bench.Rtsp;

/// <summary>
/// The viewer side of <c>rtsp-fanout</c>, run as a child process so its CPU is not counted as the server's:
/// N raw RTSP/TCP viewers (SETUP interleaved + PLAY) that read every interleaved frame and note, for each RTP
/// packet with the marker bit (last packet of a picture), its RTP timestamp and the monotonic receive time.
/// Prints <c>ready</c> when all play, then after <c>--duration</c> seconds one line per noted packet
/// (<c>viewer rtptime ticks</c>) and <c>end packets bytes</c>.
/// </summary>
internal sealed class RtspViewerLoad : IBenchmark
{
    public string Name => "rtsp-viewers";

    public string Description => "helper of rtsp-fanout: N raw TCP viewers noting receive times (--url --n --duration)";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var url = Arg(args, "--url") ?? throw new ArgumentException("--url");
        var n = int.Parse(Arg(args, "--n") ?? "1", CultureInfo.InvariantCulture);
        var duration = double.Parse(Arg(args, "--duration") ?? "10", CultureInfo.InvariantCulture);
        var uri = new Uri(url);
        var viewers = new Viewer[n];
        for (var i = 0; i < n; i++)
        {
            viewers[i] = await Viewer.StartAsync(uri, cancellationToken).ConfigureAwait(false);
        }

        Console.WriteLine("ready");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reads = viewers.Select(v => v.ReadAsync(stop.Token)).ToArray();
        await Console.In.ReadLineAsync(cancellationToken).ConfigureAwait(false); // "go": the measured window starts
        foreach (var v in viewers)
        {
            v.Recording = true;
        }

        await Task.Delay(TimeSpan.FromSeconds(duration), cancellationToken).ConfigureAwait(false);
        foreach (var v in viewers)
        {
            v.Recording = false;
        }

        await stop.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(reads).ConfigureAwait(false);
        var output = new StringBuilder();
        long packets = 0, bytes = 0;
        for (var i = 0; i < n; i++)
        {
            foreach (var (ts, ticks) in viewers[i].Marks)
            {
                output.Append(CultureInfo.InvariantCulture, $"{i} {ts} {ticks}\n");
            }

            packets += viewers[i].Packets;
            bytes += viewers[i].Bytes;
            viewers[i].Dispose();
        }

        output.Append(CultureInfo.InvariantCulture, $"end {packets} {bytes}\n");
        await Console.Out.WriteAsync(output, cancellationToken).ConfigureAwait(false);
        await Console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private sealed class Viewer : IDisposable
    {
        private readonly Socket _socket;
        private readonly byte[] _buffer = new byte[256 * 1024];
        private int _filled;

        private Viewer(Socket socket) => _socket = socket;

        public List<(uint Ts, long Ticks)> Marks { get; } = new(4096);

        public volatile bool Recording;

        public long Packets { get; private set; }

        public long Bytes { get; private set; }

        public static async Task<Viewer> StartAsync(Uri uri, CancellationToken cancellationToken)
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync(new IPEndPoint(IPAddress.Parse(uri.Host), uri.Port), cancellationToken).ConfigureAwait(false);
            var viewer = new Viewer(socket);
            var describe = await viewer.ExchangeAsync($"DESCRIBE {uri} RTSP/1.0\r\nCSeq: 1\r\nAccept: application/sdp\r\n\r\n", cancellationToken).ConfigureAwait(false);
            var control = describe.Split("\r\n").FirstOrDefault(l => l.StartsWith("a=control:", StringComparison.Ordinal) && !l.EndsWith('*'))?[10..] ?? "trackID=0";
            var baseUrl = describe.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Base:", StringComparison.OrdinalIgnoreCase))?[13..].Trim() ?? uri + "/";
            var trackUrl = control.StartsWith("rtsp://", StringComparison.Ordinal) ? control : baseUrl.TrimEnd('/') + "/" + control;
            var setup = await viewer.ExchangeAsync($"SETUP {trackUrl} RTSP/1.0\r\nCSeq: 2\r\nTransport: RTP/AVP/TCP;unicast;interleaved=0-1\r\n\r\n", cancellationToken).ConfigureAwait(false);
            var session = setup.Split("\r\n").First(l => l.StartsWith("Session:", StringComparison.OrdinalIgnoreCase))[8..].Split(';')[0].Trim();
            await viewer.ExchangeAsync($"PLAY {uri} RTSP/1.0\r\nCSeq: 3\r\nSession: {session}\r\nRange: npt=0.000-\r\n\r\n", cancellationToken).ConfigureAwait(false);
            return viewer;
        }

        /// <summary>Reads interleaved frames until cancelled; answers nothing (the session outlives the run).</summary>
        public async Task ReadAsync(CancellationToken cancellationToken)
        {
            try
            {
                while (true)
                {
                    var n = await _socket.ReceiveAsync(_buffer.AsMemory(_filled), SocketFlags.None, cancellationToken).ConfigureAwait(false);
                    if (n == 0)
                    {
                        return;
                    }

                    var now = Stopwatch.GetTimestamp();
                    _filled += n;
                    if (Recording)
                    {
                        Bytes += n;
                    }
                    var pos = 0;
                    while (_filled - pos >= 4)
                    {
                        if (_buffer[pos] != (byte)'$')
                        {
                            // an RTSP response (e.g. to nothing): skip to the blank line
                            var text = Encoding.ASCII.GetString(_buffer, pos, _filled - pos);
                            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                            if (end < 0)
                            {
                                break;
                            }

                            pos += end + 4;
                            continue;
                        }

                        var length = BinaryPrimitives.ReadUInt16BigEndian(_buffer.AsSpan(pos + 2));
                        if (_filled - pos < 4 + length)
                        {
                            break;
                        }

                        if (_buffer[pos + 1] == 0 && length >= 12 && Recording)
                        {
                            Packets++;
                            if ((_buffer[pos + 5] & 0x80) != 0)
                            {
                                Marks.Add((BinaryPrimitives.ReadUInt32BigEndian(_buffer.AsSpan(pos + 8)), now));
                            }
                        }

                        pos += 4 + length;
                    }

                    Array.Copy(_buffer, pos, _buffer, 0, _filled - pos);
                    _filled -= pos;
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException)
            {
            }
        }

        public void Dispose() => _socket.Dispose();

        /// <summary>Sends a request and reads its response; bytes after it (early media) stay in the buffer.</summary>
        private async Task<string> ExchangeAsync(string request, CancellationToken cancellationToken)
        {
            await _socket.SendAsync(Encoding.ASCII.GetBytes(request), SocketFlags.None, cancellationToken).ConfigureAwait(false);
            while (true)
            {
                // media may come before the response (a server that starts sending while it answers PLAY): skip
                // whole interleaved frames at the front, then look for the response head
                var skipped = 0;
                while (_filled - skipped >= 4 && _buffer[skipped] == (byte)'$')
                {
                    var frame = 4 + BinaryPrimitives.ReadUInt16BigEndian(_buffer.AsSpan(skipped + 2));
                    if (_filled - skipped < frame)
                    {
                        break;
                    }

                    skipped += frame;
                }

                if (skipped > 0)
                {
                    Array.Copy(_buffer, skipped, _buffer, 0, _filled - skipped);
                    _filled -= skipped;
                }

                var head = _filled > 0 && _buffer[0] == (byte)'$' ? -1 : _buffer.AsSpan(0, _filled).IndexOf("\r\n\r\n"u8);
                if (head >= 0)
                {
                    var headText = Encoding.ASCII.GetString(_buffer, 0, head);
                    var lengthLine = headText.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
                    var total = head + 4 + (lengthLine is null ? 0 : int.Parse(lengthLine[15..].Trim(), CultureInfo.InvariantCulture));
                    if (_filled >= total)
                    {
                        var text = Encoding.ASCII.GetString(_buffer, 0, total);
                        Array.Copy(_buffer, total, _buffer, 0, _filled - total);
                        _filled -= total;
                        if (!text.StartsWith("RTSP/1.0 200", StringComparison.Ordinal))
                        {
                            throw new InvalidOperationException("refused: " + text.Split("\r\n")[0]);
                        }

                        return text;
                    }
                }

                var n = await _socket.ReceiveAsync(_buffer.AsMemory(_filled), SocketFlags.None, cancellationToken).ConfigureAwait(false);
                if (n == 0)
                {
                    throw new InvalidOperationException("closed");
                }

                _filled += n;
            }
        }
    }
}
