using System.Diagnostics;
using System.Text;

namespace Vms.TestSupport;

/// <summary>Runs a third-party tool with a hard time limit and captures its output.</summary>
public sealed class ExternalProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();

    private ExternalProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public int ExitCode => _process.ExitCode;

    public Task Exited => _exited.Task;

    public string StandardOutput
    {
        get
        {
            lock (_gate)
            {
                return _stdout.ToString();
            }
        }
    }

    public string StandardError
    {
        get
        {
            lock (_gate)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>Raised for each line the tool writes to stderr (ffmpeg reports there).</summary>
    public event Action<string>? ErrorLine;

    /// <summary>Raised for each line the tool writes to stdout.</summary>
    public event Action<string>? OutputLine;

    public static ExternalProcess Start(string tool, IEnumerable<string> arguments, string? stdin = null)
    {
        var path = ExternalTools.Find(tool) ?? throw new InvalidOperationException($"{tool} is not installed");
        var psi = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments)
        {
            psi.ArgumentList.Add(a);
        }

        var p = new Process { StartInfo = psi, EnableRaisingEvents = true };
        var ep = new ExternalProcess(p);
        p.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (ep._gate)
            {
                ep._stdout.AppendLine(e.Data);
            }

            ep.OutputLine?.Invoke(e.Data);
        };
        p.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (ep._gate)
            {
                ep._stderr.AppendLine(e.Data);
            }

            ep.ErrorLine?.Invoke(e.Data);
        };
        p.Exited += (_, _) => ep._exited.TrySetResult();
        p.Start();
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        if (stdin is not null)
        {
            p.StandardInput.Write(stdin);
        }

        p.StandardInput.Close();
        return ep;
    }

    /// <summary>Runs the tool to completion within <paramref name="timeout"/>; kills it and throws on timeout.</summary>
    public static async Task<ExternalProcess> RunAsync(string tool, IEnumerable<string> arguments, TimeSpan timeout, string? stdin = null)
    {
        var p = Start(tool, arguments, stdin);
        await p.WaitAsync(timeout);
        return p;
    }

    public async Task WaitAsync(TimeSpan timeout)
    {
        try
        {
            await _exited.Task.WaitAsync(timeout);
            await _process.WaitForExitAsync(); // drains the output streams
        }
        catch (TimeoutException)
        {
            Kill();
            throw new TimeoutException($"{_process.StartInfo.FileName} did not finish within {timeout}; stderr:\n{StandardError}");
        }
    }

    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        try
        {
            await _exited.Task.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
        }

        _process.Dispose();
    }
}
