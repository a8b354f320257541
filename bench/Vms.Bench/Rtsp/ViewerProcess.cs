using System.Diagnostics;
using System.Globalization;

namespace Vms.Bench.Rtsp;

/// <summary>Runs the <c>rtsp-viewers</c> helper as a child process and collects what it noted.</summary>
internal sealed class ViewerProcess : IDisposable
{
    private readonly Process _process;

    private ViewerProcess(Process process) => _process = process;

    public static async Task<ViewerProcess> StartAsync(string url, int viewers, double seconds, CancellationToken cancellationToken)
    {
        var self = typeof(ViewerProcess).Assembly.Location;
        var psi = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(psi.FileName) == "dotnet")
        {
            psi.ArgumentList.Add(self);
        }

        foreach (var a in new[] { "rtsp-viewers", "--url", url, "--n", viewers.ToString(CultureInfo.InvariantCulture), "--duration", seconds.ToString(CultureInfo.InvariantCulture) })
        {
            psi.ArgumentList.Add(a);
        }

        var process = Process.Start(psi) ?? throw new InvalidOperationException("cannot start the viewer process");
        var ready = await process.StandardOutput.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        if (ready != "ready")
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("viewer process failed to start: " + ready);
        }

        return new ViewerProcess(process);
    }

    /// <summary>The child process id (to read its CPU time).</summary>
    public int ProcessId => _process.Id;

    public async Task GoAsync() => await _process.StandardInput.WriteLineAsync("go").ConfigureAwait(false);

    /// <summary>The noted (viewer, rtptime, receive ticks) and the totals, once the helper has finished.</summary>
    public async Task<(List<(uint Ts, long Ticks)> Marks, long Packets, long Bytes)> ResultAsync(CancellationToken cancellationToken)
    {
        var marks = new List<(uint, long)>();
        long packets = 0, bytes = 0;
        while (await _process.StandardOutput.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            var parts = line.Split(' ');
            if (parts[0] == "end")
            {
                packets = long.Parse(parts[1], CultureInfo.InvariantCulture);
                bytes = long.Parse(parts[2], CultureInfo.InvariantCulture);
                break;
            }

            marks.Add((uint.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture)));
        }

        await _process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return (marks, packets, bytes);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
