using Vms.Host.Security;

namespace Vms.Host.Tests.Security;

public sealed class WeeklyScheduleTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private static WeeklySchedule Parse(string text)
    {
        Assert.True(WeeklySchedule.TryParse(text, out var s, out var error), error);
        return s;
    }

    [Theory]
    [InlineData("2026-07-01T05:59:00Z", false)] // Wednesday 07:59 Paris (CEST, UTC+2)
    [InlineData("2026-07-01T06:00:00Z", true)]  // 08:00 Paris
    [InlineData("2026-07-01T17:59:59Z", true)]  // 19:59:59
    [InlineData("2026-07-01T18:00:00Z", false)] // 20:00
    [InlineData("2026-07-04T10:00:00Z", false)] // Saturday noon
    [InlineData("2026-01-07T07:00:00Z", true)]  // Wednesday 08:00 Paris in winter (CET, UTC+1)
    [InlineData("2026-01-07T06:30:00Z", false)] // 07:30 in winter
    public void IsActive_MunicipalOfficeHours_FollowsParisTimeAcrossDaylightSaving(string utc, bool expected)
    {
        var municipal = Parse("mon-fri 08:00-20:00");

        Assert.Equal(expected, municipal.IsActive(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), Paris));
    }

    [Theory]
    [InlineData("2026-07-01T18:00:00Z", true)]  // Wed 20:00
    [InlineData("2026-07-02T05:59:00Z", true)]  // Thu 07:59 (night from Wednesday)
    [InlineData("2026-07-02T06:00:00Z", false)] // Thu 08:00
    [InlineData("2026-07-04T10:00:00Z", true)]  // Saturday
    [InlineData("2026-07-06T05:00:00Z", true)]  // Monday 07:00, still the night from Sunday
    [InlineData("2026-07-06T06:00:00Z", false)] // Monday 08:00, municipal again
    public void IsActive_NationalComplement_CoversNightsAndWeekends(string utc, bool expected)
    {
        // Sunday 08:00 runs past midnight to Monday 08:00, when the municipal police take over again
        var national = Parse("mon-thu 20:00-08:00; fri 20:00-00:00; sat 00:00-00:00; sun 00:00-08:00; sun 08:00-08:00");

        Assert.Equal(expected, national.IsActive(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), Paris));
    }

    [Fact]
    public void NextChange_BeforeHandOver_IsTheHandOverInstant()
    {
        var municipal = Parse("mon-fri 08:00-20:00");

        var next = municipal.NextChange(new DateTimeOffset(2026, 7, 1, 17, 30, 15, TimeSpan.Zero), Paris, TimeSpan.FromDays(2));

        Assert.Equal(new DateTimeOffset(2026, 7, 1, 18, 0, 0, TimeSpan.Zero), next);
    }

    [Theory]
    [InlineData("mon-fri 8:00-20:00")]
    [InlineData("someday 08:00-20:00")]
    [InlineData("mon 08:00")]
    [InlineData("mon-fri-sat 08:00-20:00")]
    public void TryParse_Malformed_SaysWhatIsWrong(string text)
    {
        Assert.False(WeeklySchedule.TryParse(text, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void ToString_RoundTripsThroughTryParse()
    {
        var s = Parse("sat,sun 00:00-00:00; mon-fri 20:00-08:00");

        var again = Parse(s.ToString());

        Assert.Equal(s.ToString(), again.ToString());
        Assert.Equal("mon,tue,wed,thu,fri 20:00-08:00", again.ToString().Split("; ")[1]);
    }
}
