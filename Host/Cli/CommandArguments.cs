using System.Globalization;

namespace Vms.Host.Cli;

/// <summary>
/// The arguments of one verb: positionals plus <c>--name value</c> / <c>--name=value</c> options and
/// <c>--flag</c> switches. Options may repeat. Every accessor validates and throws
/// <see cref="CommandLineException"/> with a one-line reason.
/// </summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
    private readonly HashSet<string> _consumed = new(StringComparer.Ordinal);
    private readonly List<string> _positionals = [];

    private CommandArguments()
    {
    }

    public IReadOnlyList<string> Positionals => _positionals;

    /// <summary>Parses <paramref name="args"/>; names in <paramref name="flagNames"/> take no value.</summary>
    public static CommandArguments Parse(IReadOnlyList<string> args, params string[] flagNames)
    {
        ArgumentNullException.ThrowIfNull(args);
        var flags = new HashSet<string>(flagNames, StringComparer.Ordinal);
        var result = new CommandArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a == "--")
            {
                result._positionals.AddRange(args.Skip(i + 1));
                break;
            }

            if (!a.StartsWith("--", StringComparison.Ordinal) || a.Length == 2)
            {
                result._positionals.Add(a);
                continue;
            }

            var name = a[2..];
            string? value = null;
            var eq = name.IndexOf('=', StringComparison.Ordinal);
            if (eq >= 0)
            {
                value = name[(eq + 1)..];
                name = name[..eq];
            }

            if (flags.Contains(name))
            {
                if (value is not null)
                {
                    throw new CommandLineException($"--{name} takes no value");
                }

                result._flags.Add(name);
                continue;
            }

            if (value is null)
            {
                if (i + 1 >= args.Count)
                {
                    throw new CommandLineException($"--{name} needs a value");
                }

                value = args[++i];
            }

            if (!result._options.TryGetValue(name, out var list))
            {
                result._options[name] = list = [];
            }

            list.Add(value);
        }

        return result;
    }

    public bool Flag(string name)
    {
        _consumed.Add(name);
        return _flags.Contains(name);
    }

    public string? Option(string name)
    {
        _consumed.Add(name);
        if (!_options.TryGetValue(name, out var values))
        {
            return null;
        }

        return values.Count == 1 ? values[0] : throw new CommandLineException($"--{name} given {values.Count} times");
    }

    public string RequiredOption(string name) => Option(name) ?? throw new CommandLineException($"--{name} is required");

    public IReadOnlyList<string> Options(string name)
    {
        _consumed.Add(name);
        return _options.TryGetValue(name, out var values) ? values : [];
    }

    public int IntOption(string name, int defaultValue, int min = int.MinValue, int max = int.MaxValue)
    {
        var text = Option(name);
        if (text is null)
        {
            return defaultValue;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) || v < min || v > max)
        {
            throw new CommandLineException($"--{name} must be a whole number from {min} to {max}, not '{text}'");
        }

        return v;
    }

    public TimeSpan DurationOption(string name, TimeSpan defaultValue)
    {
        var text = Option(name);
        if (text is null)
        {
            return defaultValue;
        }

        return DurationText.TryParse(text, out var d) && d > TimeSpan.Zero
            ? d
            : throw new CommandLineException($"--{name} must be a duration such as 500ms, 3s, 2m or 1h, not '{text}'");
    }

    public DateTimeOffset? InstantOption(string name)
    {
        var text = Option(name);
        if (text is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t)
            ? t
            : throw new CommandLineException($"--{name} must be an ISO-8601 instant such as 2026-07-01T10:00:00Z, not '{text}'");
    }

    /// <summary>Throws when an option or flag was given that the verb never asked for (a typo).</summary>
    public void ThrowIfUnknown()
    {
        var unknown = _options.Keys.Concat(_flags).Where(n => !_consumed.Contains(n)).ToArray();
        if (unknown.Length > 0)
        {
            throw new CommandLineException("unknown option " + string.Join(", ", unknown.Select(u => "--" + u)));
        }
    }
}
