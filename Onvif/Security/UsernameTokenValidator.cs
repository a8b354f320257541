using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace Vms.Onvif.Security;

/// <summary>
/// Server-side UsernameToken check (Core 5.12): Nonce and Created required, PasswordDigest verified against the
/// user's clear password, |Created − device now| within the window, nonces remembered to refuse replays.
/// Device now = <see cref="TimeProvider"/> + <see cref="ClockOffset"/> (the simulated camera's clock).
/// </summary>
public sealed class UsernameTokenValidator
{
    private readonly UsernameTokenOptions _options;
    private readonly TimeProvider _time;
    private readonly NonceReplayCache _replay;
    private long _clockOffsetTicks;

    public UsernameTokenValidator(UsernameTokenOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
        _replay = new NonceReplayCache(Math.Max(1, options.ReplayCacheCapacity));
    }

    /// <summary>Offset of the device clock from the time provider (changed when the camera's time is set).</summary>
    public TimeSpan ClockOffset
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _clockOffsetTicks));
        set => Interlocked.Exchange(ref _clockOffsetTicks, value.Ticks);
    }

    /// <summary>Number of nonces currently remembered.</summary>
    internal int RememberedNonces => _replay.Count;

    /// <summary>Validates the <c>wsse:Security</c> header block.</summary>
    public UsernameTokenResult Validate(XElement security, Func<string, OnvifUser?> findUser)
    {
        var token = UsernameToken.FromSecurityHeader(security);
        return token is null ? UsernameTokenResult.Fail(UsernameTokenFailure.Malformed) : Validate(token, findUser);
    }

    public UsernameTokenResult Validate(UsernameToken token, Func<string, OnvifUser?> findUser)
    {
        var name = token.Username;
        if (!token.IsDigest)
        {
            if (!_options.AllowPasswordText)
            {
                return UsernameTokenResult.Fail(UsernameTokenFailure.PasswordTextRefused, name);
            }

            var plainUser = findUser(name);
            return plainUser is not null && FixedEquals(plainUser.Password, token.Password)
                ? new UsernameTokenResult(plainUser, UsernameTokenFailure.None, name)
                : UsernameTokenResult.Fail(plainUser is null ? UsernameTokenFailure.UnknownUser : UsernameTokenFailure.WrongPassword, name);
        }

        if (token.Nonce is not { Length: > 0 } nonce)
        {
            return UsernameTokenResult.Fail(UsernameTokenFailure.MissingNonce, name);
        }

        if (string.IsNullOrEmpty(token.Created))
        {
            return UsernameTokenResult.Fail(UsernameTokenFailure.MissingCreated, name);
        }

        if (!TryParseCreated(token.Created, out var created))
        {
            return UsernameTokenResult.Fail(UsernameTokenFailure.InvalidCreated, name);
        }

        var now = _time.GetUtcNow() + ClockOffset;
        if ((created - now).Duration() > _options.Window)
        {
            return UsernameTokenResult.Fail(UsernameTokenFailure.OutsideWindow, name);
        }

        var user = findUser(name);
        if (user is null)
        {
            return UsernameTokenResult.Fail(UsernameTokenFailure.UnknownUser, name);
        }

        var expected = UsernameTokenFactory.ComputeDigest(nonce, token.Created, user.Password);
        if (!FixedEquals(expected, token.Password))
        {
            return UsernameTokenResult.Fail(UsernameTokenFailure.WrongPassword, name);
        }

        // remembered for as long as a token carrying it could still fall inside the window
        var until = (created > now ? created : now) + _options.Window + _options.Window;
        if (_options.RejectReplays && !_replay.TryAdd(Convert.ToBase64String(nonce), now, until))
        {
            return UsernameTokenResult.Fail(UsernameTokenFailure.Replayed, name);
        }

        return new UsernameTokenResult(user, UsernameTokenFailure.None, name);
    }

    /// <summary>Parses an <c>xs:dateTime</c>; a value without zone is taken as UTC.</summary>
    internal static bool TryParseCreated(string text, out DateTimeOffset created) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out created)
        && text.Contains('T', StringComparison.Ordinal);

    private static bool FixedEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
