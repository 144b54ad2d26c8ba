using Gongkai.Deadlines;
using static Gongkai.Tests.Deadlines.Dates;

namespace Gongkai.Tests.Deadlines;

public class WorkdayCalendarTests
{
    private static readonly WorkdayCalendar Calendar = WorkdayCalendar.Embedded;

    [Theory]
    // Spot checks from shared/domain/README.md first.
    [InlineData("2020-02-01", false)] // 调休上班 cancelled: inside the Spring Festival as extended by 国办发明电〔2020〕1号
    [InlineData("2024-02-09", true)]  // 除夕 2024 was not a holiday
    [InlineData("2025-01-28", false)] // 除夕 2025, a holiday since the 2024 revision of the holiday measures
    [InlineData("2025-02-08", true)]  // Saturday make-up day
    [InlineData("2025-02-09", false)] // ordinary Sunday
    [InlineData("2025-03-03", true)]  // ordinary Monday
    [InlineData("2019-05-05", true)]  // Sunday make-up day added by the May Day amendment 国办发明电〔2019〕3号
    [InlineData("2019-05-03", false)] // Friday holiday added by the same amendment
    [InlineData("2022-12-31", false)] // 2023's New Year holiday starts in 2022
    [InlineData("2026-01-04", true)]  // Sunday make-up day for New Year 2026
    public void DatesAreClassedAsTheNoticesSay(string date, bool workday) =>
        Assert.Equal(workday, Calendar.IsWorkday(D(date)));

    [Fact]
    public void EveryYearFrom2019To2026IsCoveredAndNoOther()
    {
        Assert.Equal([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026], Calendar.Years.Select(y => y.Year));
        Assert.True(Calendar.Covers(2026));
        Assert.False(Calendar.Covers(2027));
        Assert.False(Calendar.Covers(2018));
    }

    [Theory]
    [InlineData("2027-01-04", 2027)]
    [InlineData("2018-12-28", 2018)]
    public void ADateInAYearWithoutNoticeIsRefusedNamingTheYear(string date, int year)
    {
        var ex = Assert.Throws<CalendarYearMissingException>(() => Calendar.IsWorkday(D(date)));
        Assert.Equal(year, ex.Year);
        Assert.Equal($"尚未载入 {year} 年的节假日安排（国务院办公厅通知），无法计算工作日", ex.Message);
    }

    [Theory]
    [InlineData(2019, "春节", "2019-02-04", "2019-02-10")]
    [InlineData(2019, "国庆节", "2019-10-01", "2019-10-07")]
    [InlineData(2020, "春节", "2020-01-24", "2020-02-02")]
    [InlineData(2020, "国庆节、中秋节", "2020-10-01", "2020-10-08")]
    [InlineData(2021, "春节", "2021-02-11", "2021-02-17")]
    [InlineData(2021, "国庆节", "2021-10-01", "2021-10-07")]
    [InlineData(2022, "春节", "2022-01-31", "2022-02-06")]
    [InlineData(2022, "国庆节", "2022-10-01", "2022-10-07")]
    [InlineData(2023, "春节", "2023-01-21", "2023-01-27")]
    [InlineData(2023, "中秋节、国庆节", "2023-09-29", "2023-10-06")]
    [InlineData(2024, "春节", "2024-02-10", "2024-02-17")]
    [InlineData(2024, "国庆节", "2024-10-01", "2024-10-07")]
    [InlineData(2025, "春节", "2025-01-28", "2025-02-04")]
    [InlineData(2025, "国庆节、中秋节", "2025-10-01", "2025-10-08")]
    [InlineData(2026, "春节", "2026-02-15", "2026-02-23")]
    [InlineData(2026, "国庆节", "2026-10-01", "2026-10-07")]
    public void SpringFestivalAndNationalDayRangesAreRestDays(int year, string name, string first, string last)
    {
        Assert.Contains(new HolidayRange(name, D(first), D(last)), Calendar.Years.Single(y => y.Year == year).Holidays);
        for (var d = D(first); d <= D(last); d = d.AddDays(1))
        {
            var day = Calendar.Day(d);
            Assert.Equal(DayKind.Holiday, day.Kind);
            Assert.Equal(name, day.HolidayName);
        }
    }

    [Theory]
    [InlineData(2020, new[] { "2020-01-19", "2020-04-26", "2020-05-09", "2020-06-28", "2020-09-27", "2020-10-10" })]
    [InlineData(2024, new[] { "2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12" })]
    [InlineData(2025, new[] { "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11" })]
    [InlineData(2026, new[] { "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10" })]
    public void MakeupWorkdaysAreExactlyTheNoticesList(int year, string[] dates) =>
        Assert.Equal(dates.Select(D), Calendar.Years.Single(y => y.Year == year).MakeupWorkdays);

    [Fact]
    public void EveryMakeupWorkdayIsASaturdayOrSundayAndCountsAsWorked()
    {
        var all = Calendar.Years.SelectMany(y => y.MakeupWorkdays).Where(d => Calendar.Covers(d.Year)).ToList();
        Assert.Equal(52, all.Count);
        Assert.All(all, d =>
        {
            Assert.True(d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, $"{d} is a {d.DayOfWeek}");
            Assert.Equal(DayKind.MakeupWorkday, Calendar.Day(d).Kind);
        });
    }

    [Theory]
    [InlineData(2019, "国务院办公厅关于2019年部分节假日安排的通知", "国办发明电〔2018〕15号")]
    [InlineData(2025, "国务院办公厅关于2025年部分节假日安排的通知", "国办发明电〔2024〕12号")]
    [InlineData(2026, "国务院办公厅关于2026年部分节假日安排的通知", null)] // number not printed in any copy found
    public void EachYearNamesItsNotice(int year, string title, string? documentNumber) =>
        Assert.Equal(new CalendarNotice(title, documentNumber), Calendar.Years.Single(y => y.Year == year).Notices[0]);

    [Fact]
    public void TheMayDayAmendmentOf2019IsKeptAsASecondNotice() =>
        Assert.Equal("国办发明电〔2019〕3号", Calendar.Years.Single(y => y.Year == 2019).Notices[1].DocumentNumber);

    [Fact]
    public void TwoNoticesDisagreeingAboutADateAreRefused()
    {
        var y2026 = new CalendarYear(2026, [new("甲", null)], [new("元旦", D("2026-01-01"), D("2026-01-03"))], [D("2026-12-27")]);
        var y2027 = new CalendarYear(2027, [new("乙", null)], [new("元旦", D("2026-12-26"), D("2027-01-01"))], []);
        var ex = Assert.Throws<CalendarFileException>(() => new WorkdayCalendar([y2026, y2027]));
        Assert.Contains("2026-12-27", ex.Message);
    }
}
