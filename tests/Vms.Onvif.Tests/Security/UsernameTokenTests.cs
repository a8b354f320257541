using System.Xml.Linq;
using Vms.Onvif.Security;
using Vms.TestSupport;

namespace Vms.Onvif.Tests.Security;

public sealed class UsernameTokenTests
{
    // Expected digest computed independently:
    // (printf 'LKqI6G/AikKCQrN0zqZFlg==' | base64 -d; printf '2026-07-01T10:00:00Z'; printf 'Pa55w0rd!') | openssl sha1 -binary | base64
    private const string VectorNonce = "LKqI6G/AikKCQrN0zqZFlg==";
    private const string VectorCreated = "2026-07-01T10:00:00Z";
    private const string VectorPassword = "Pa55w0rd!";
    private const string VectorDigest = "c+6/m6TLgGJGkoRF+G0nRH2JmA4=";

    private static readonly OnvifUser Admin = new("admin", VectorPassword, OnvifUserLevel.Administrator);

    private static OnvifUser? Find(string name) => name == Admin.Username ? Admin : null;

    [Fact]
    public void ComputeDigest_FixedNonceAndCreated_MatchesOpensslVector()
    {
        Assert.Equal(VectorDigest, UsernameTokenFactory.ComputeDigest(Convert.FromBase64String(VectorNonce), VectorCreated, VectorPassword));
    }

    [Fact]
    public void Create_RandomNonce_Has16BytesAndExactCreatedText()
    {
        var a = UsernameTokenFactory.Create("admin", "x", new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.FromHours(2)));
        var b = UsernameTokenFactory.Create("admin", "x", new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero));

        Assert.Equal(16, a.Nonce!.Length);
        Assert.NotEqual(a.Nonce, b.Nonce);
        Assert.Equal("2026-07-01T10:00:00Z", a.Created);
        Assert.Equal(UsernameTokenFactory.ComputeDigest(a.Nonce, a.Created!, "x"), a.Password);
    }

    [Fact]
    public void SecurityHeader_RoundTrip_KeepsEveryField()
    {
        var token = UsernameTokenFactory.Create("admin", VectorPassword, VectorCreated, Convert.FromBase64String(VectorNonce));

        var header = token.ToSecurityHeader(OnvifNamespaces.Soap12);
        var parsed = UsernameToken.FromSecurityHeader(XElement.Parse(header.ToString()))!;

        Assert.Equal("1", (string?)header.Attribute(OnvifNamespaces.Soap12 + "mustUnderstand"));
        Assert.Equal(UsernameToken.PasswordDigestType, (string?)header.Descendants(OnvifNamespaces.WsSecurity + "Password").Single().Attribute("Type"));
        Assert.Equal(token.Username, parsed.Username);
        Assert.Equal(VectorDigest, parsed.Password);
        Assert.True(parsed.IsDigest);
        Assert.Equal(VectorNonce, Convert.ToBase64String(parsed.Nonce!));
        Assert.Equal(VectorCreated, parsed.Created);
    }

    [Fact]
    public void Validate_VectorAtDeviceTime_Succeeds()
    {
        var validator = new UsernameTokenValidator(new UsernameTokenOptions(), new ManualTimeProvider());

        var result = validator.Validate(UsernameTokenFactory.Create("admin", VectorPassword, VectorCreated, Convert.FromBase64String(VectorNonce)), Find);

        Assert.True(result.Succeeded);
        Assert.Same(Admin, result.User);
    }

    [Fact]
    public void Validate_SameNonceTwice_RefusesTheReplay()
    {
        var validator = new UsernameTokenValidator(new UsernameTokenOptions(), new ManualTimeProvider());
        var token = UsernameTokenFactory.Create("admin", VectorPassword, VectorCreated, Convert.FromBase64String(VectorNonce));

        Assert.True(validator.Validate(token, Find).Succeeded);
        Assert.Equal(UsernameTokenFailure.Replayed, validator.Validate(token, Find).Failure);
    }

    [Theory]
    [InlineData(-299, true)]
    [InlineData(299, true)]
    [InlineData(301, false)]
    [InlineData(-301, false)]
    public void Validate_DefaultWindow_IsFiveMinutes(int skewSeconds, bool accepted)
    {
        var clock = new ManualTimeProvider();
        var validator = new UsernameTokenValidator(new UsernameTokenOptions(), clock);

        var result = validator.Validate(UsernameTokenFactory.Create("admin", VectorPassword, clock.GetUtcNow().AddSeconds(skewSeconds)), Find);

        Assert.Equal(accepted, result.Succeeded);
        Assert.Equal(accepted ? UsernameTokenFailure.None : UsernameTokenFailure.OutsideWindow, result.Failure);
    }

    [Fact]
    public void Validate_StrictMode_RefusesSixSecondsOfSkew()
    {
        var clock = new ManualTimeProvider();
        var validator = new UsernameTokenValidator(UsernameTokenOptions.Strict(5), clock);

        Assert.True(validator.Validate(UsernameTokenFactory.Create("admin", VectorPassword, clock.GetUtcNow().AddSeconds(4)), Find).Succeeded);
        Assert.Equal(UsernameTokenFailure.OutsideWindow, validator.Validate(UsernameTokenFactory.Create("admin", VectorPassword, clock.GetUtcNow().AddSeconds(-6)), Find).Failure);
    }

    [Fact]
    public void Validate_CameraClockMonthsAhead_JudgesAgainstTheCameraClock()
    {
        var clock = new ManualTimeProvider();
        var validator = new UsernameTokenValidator(new UsernameTokenOptions(), clock) { ClockOffset = TimeSpan.FromDays(95) };

        var stampedWithLocal = UsernameTokenFactory.Create("admin", VectorPassword, clock.GetUtcNow());
        var stampedWithCamera = UsernameTokenFactory.Create("admin", VectorPassword, clock.GetUtcNow().AddDays(95));

        Assert.Equal(UsernameTokenFailure.OutsideWindow, validator.Validate(stampedWithLocal, Find).Failure);
        Assert.True(validator.Validate(stampedWithCamera, Find).Succeeded);
    }

    [Fact]
    public void Validate_MissingNonceOrCreated_IsRefused()
    {
        var validator = new UsernameTokenValidator(new UsernameTokenOptions(), new ManualTimeProvider());
        var full = UsernameTokenFactory.Create("admin", VectorPassword, VectorCreated, Convert.FromBase64String(VectorNonce));

        Assert.Equal(UsernameTokenFailure.MissingNonce, validator.Validate(full with { Nonce = null }, Find).Failure);
        Assert.Equal(UsernameTokenFailure.MissingCreated, validator.Validate(full with { Created = null }, Find).Failure);
        Assert.Equal(UsernameTokenFailure.InvalidCreated, validator.Validate(full with { Created = "yesterday" }, Find).Failure);
    }

    [Fact]
    public void Validate_WrongPasswordOrUnknownUser_IsRefused()
    {
        var validator = new UsernameTokenValidator(new UsernameTokenOptions(), new ManualTimeProvider());

        Assert.Equal(UsernameTokenFailure.WrongPassword, validator.Validate(UsernameTokenFactory.Create("admin", "guess", VectorCreated, [1, 2, 3]), Find).Failure);
        Assert.Equal(UsernameTokenFailure.UnknownUser, validator.Validate(UsernameTokenFactory.Create("root", VectorPassword, VectorCreated, [1, 2, 4]), Find).Failure);
    }

    [Fact]
    public void Validate_PasswordText_AcceptedOnlyBehindTheSwitch()
    {
        var text = new UsernameToken("admin", VectorPassword, IsDigest: false, Nonce: null, Created: null);
        var strict = new UsernameTokenValidator(new UsernameTokenOptions(), new ManualTimeProvider());
        var lenient = new UsernameTokenValidator(new UsernameTokenOptions { AllowPasswordText = true }, new ManualTimeProvider());

        Assert.Equal(UsernameTokenFailure.PasswordTextRefused, strict.Validate(text, Find).Failure);
        Assert.True(lenient.Validate(text, Find).Succeeded);
        Assert.Equal(UsernameTokenFailure.WrongPassword, lenient.Validate(text with { Password = "no" }, Find).Failure);
    }

    [Fact]
    public void Validate_ManyNonces_ReplayCacheStaysBounded()
    {
        var clock = new ManualTimeProvider();
        var validator = new UsernameTokenValidator(new UsernameTokenOptions { ReplayCacheCapacity = 8 }, clock);
        for (var i = 0; i < 50; i++)
        {
            Assert.True(validator.Validate(UsernameTokenFactory.Create("admin", VectorPassword, clock.GetUtcNow()), Find).Succeeded);
        }

        Assert.Equal(8, validator.RememberedNonces);
    }

    [Fact]
    public void Validate_AfterTwoWindows_ForgetsOldNonces()
    {
        var clock = new ManualTimeProvider();
        var validator = new UsernameTokenValidator(new UsernameTokenOptions(), clock);
        Assert.True(validator.Validate(UsernameTokenFactory.Create("admin", VectorPassword, clock.GetUtcNow()), Find).Succeeded);

        clock.Advance(TimeSpan.FromMinutes(11));
        Assert.True(validator.Validate(UsernameTokenFactory.Create("admin", VectorPassword, clock.GetUtcNow()), Find).Succeeded);

        Assert.Equal(1, validator.RememberedNonces);
    }
}
