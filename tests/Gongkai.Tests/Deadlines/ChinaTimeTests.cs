using Gongkai.Deadlines;
using Microsoft.Extensions.Time.Testing;
using static Gongkai.Tests.Deadlines.Dates;

namespace Gongkai.Tests.Deadlines;

public class ChinaTimeTests
{
    [Theory]
    [InlineData("2025-03-03T17:30:00Z", "2025-03-04")] // 01:30 in Beijing is already the next day
    [InlineData("2025-03-03T15:59:59Z", "2025-03-03")]
    [InlineData("2025-03-03T16:00:00Z", "2025-03-04")]
    [InlineData("2024-12-31T16:00:00Z", "2025-01-01")]
    [InlineData("2026-07-01T04:00:00Z", "2026-07-01")] // no daylight saving in summer
    public void TodayIsTheDateInChinaStandardTime(string utc, string date)
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(D(date), ChinaTime.Today(time));
    }

    [Fact]
    public void TheServersLocalZoneDoesNotMatter()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 3, 17, 30, 0, TimeSpan.Zero));
        time.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("Test-5", TimeSpan.FromHours(-5), "Test-5", "Test-5"));
        Assert.Equal(D("2025-03-04"), ChinaTime.Today(time));
    }

    [Fact]
    public void AnInstantReadBackWithoutKindIsTakenAsUtc() =>
        Assert.Equal(D("2025-03-04"), ChinaTime.ToStatutoryDate(new DateTime(2025, 3, 3, 17, 30, 0, DateTimeKind.Unspecified)));

    [Fact]
    public void ALocalTimeIsRefused() =>
        Assert.Throws<ArgumentException>(() => ChinaTime.ToStatutoryDate(new DateTime(2025, 3, 3, 17, 30, 0, DateTimeKind.Local)));

    [Fact]
    public void TheZoneIsUtcPlusEightWithoutDaylightSaving()
    {
        Assert.Equal(TimeSpan.FromHours(8), ChinaTime.Zone.GetUtcOffset(new DateTime(2025, 7, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(TimeSpan.FromHours(8), ChinaTime.FixedUtcPlus8.GetUtcOffset(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
    }
}
