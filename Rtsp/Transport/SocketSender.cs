using System.Buffers;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Threading.Tasks.Sources;

namespace Vms.Rtsp.Transport;

/// <summary>
/// Sends a multi-segment buffer in one gathered send (one syscall for a whole access unit instead of one per
/// 4 KiB pipe block). A reusable <see cref="SocketAsyncEventArgs"/> that is its own awaitable, so sending allocates
/// nothing. One send at a time (the connection's send loop). Not cancellable: disposing the socket ends a pending
/// send with an error.
/// </summary>
internal sealed class SocketSender : SocketAsyncEventArgs, IValueTaskSource<int>
{
    /// <summary>
    /// Segments gathered per send (the rest goes in the next send): 8 × 4 KiB. Up to 8 the runtime builds its iovec
    /// and pin-handle arrays on the stack; beyond, it allocates both on every send.
    /// </summary>
    private const int MaxSegments = 8;

    private readonly List<ArraySegment<byte>> _segments = new(MaxSegments);
    private ManualResetValueTaskSourceCore<int> _source = new() { RunContinuationsAsynchronously = false };

    public SocketSender()
        : base(unsafeSuppressExecutionContextFlow: true)
    {
    }

    /// <summary>Sends as much of <paramref name="buffer"/> as fits <see cref="MaxSegments"/> segments; returns the bytes sent.</summary>
    public ValueTask<int> SendAsync(Socket socket, in ReadOnlySequence<byte> buffer)
    {
        if (buffer.IsSingleSegment)
        {
            BufferList = null;
            SetBuffer(MemoryMarshal.AsMemory(buffer.First));
        }
        else
        {
            _segments.Clear();
            foreach (var segment in buffer)
            {
                if (!MemoryMarshal.TryGetArray(segment, out var array))
                {
                    throw new InvalidOperationException("pipe memory is not array-backed");
                }

                _segments.Add(array);
                if (_segments.Count == MaxSegments)
                {
                    break;
                }
            }

            SetBuffer(null, 0, 0);
            BufferList = _segments;
        }

        return Send(socket);
    }

    /// <summary>
    /// Sends the segments (at most <see cref="SendGather.MaxSegments"/>) in one gathered send; returns the bytes sent.
    /// The list must stay unchanged until the send completes.
    /// </summary>
    public ValueTask<int> SendAsync(Socket socket, List<ArraySegment<byte>> segments)
    {
        if (segments.Count == 1)
        {
            BufferList = null;
            SetBuffer(segments[0].Array, segments[0].Offset, segments[0].Count);
        }
        else
        {
            SetBuffer(null, 0, 0);
            BufferList = segments;
        }

        return Send(socket);
    }

    private ValueTask<int> Send(Socket socket)
    {
        _source.Reset();
        if (socket.SendAsync(this))
        {
            return new ValueTask<int>(this, _source.Version);
        }

        return SocketError == SocketError.Success
            ? new ValueTask<int>(BytesTransferred)
            : ValueTask.FromException<int>(new SocketException((int)SocketError));
    }

    protected override void OnCompleted(SocketAsyncEventArgs e)
    {
        if (SocketError == SocketError.Success)
        {
            _source.SetResult(BytesTransferred);
        }
        else
        {
            _source.SetException(new SocketException((int)SocketError));
        }
    }

    int IValueTaskSource<int>.GetResult(short token) => _source.GetResult(token);

    ValueTaskSourceStatus IValueTaskSource<int>.GetStatus(short token) => _source.GetStatus(token);

    void IValueTaskSource<int>.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _source.OnCompleted(continuation, state, token, flags);
}
