using Gongkai.Deadlines;
using static Gongkai.Tests.Deadlines.Dates;

namespace Gongkai.Tests.Deadlines;

/// <summary>Years added by an administrator in {data}/calendar/{year}.json.</summary>
public sealed class WorkdayCalendarFolderTests : IDisposable
{
    private readonly string data = Directory.CreateTempSubdirectory("gongkai-calendar-").FullName;

    public void Dispose() => Directory.Delete(data, recursive: true);

    private void Write(string fileName, string json)
    {
        Directory.CreateDirectory(Path.Combine(data, "calendar"));
        File.WriteAllText(Path.Combine(data, "calendar", fileName), json);
    }

    [Fact]
    public void WithoutAFolderTheEmbeddedYearsAreUsed()
    {
        var calendar = WorkdayCalendar.Load(data);
        Assert.Equal(WorkdayCalendar.Embedded.Years.Select(y => y.Year), calendar.Years.Select(y => y.Year));
    }

    [Fact]
    public void AYearFileAddsThatYear()
    {
        Write("2027.json", SampleYears.Fictional2027);
        var calendar = WorkdayCalendar.Load(data);
        Assert.True(calendar.Covers(2027));
        Assert.Equal(DayKind.Holiday, calendar.Day(D("2027-02-08")).Kind);
        Assert.Equal(DayKind.MakeupWorkday, calendar.Day(D("2027-02-20")).Kind);
        Assert.True(calendar.IsWorkday(D("2027-01-04")));
    }

    [Fact]
    public void AYearFileReplacesTheEmbeddedYear()
    {
        Write("2026.json", """{ "year": 2026, "notices": [{ "title": "测试用替换", "document_number": null }], "holidays": [{ "name": "元旦", "first": "2026-01-01", "last": "2026-01-01" }], "makeup_workdays": [] }""");
        var calendar = WorkdayCalendar.Load(data);
        Assert.Equal("测试用替换", calendar.Years.Single(y => y.Year == 2026).Notices[0].Title);
        Assert.True(calendar.IsWorkday(D("2026-01-02")));
        Assert.True(calendar.IsWorkday(D("2026-02-16")));
    }

    [Fact]
    public void AFileWhoseNameDoesNotMatchItsYearIsRefused()
    {
        Write("2028.json", SampleYears.Fictional2027);
        var ex = Assert.Throws<CalendarFileException>(() => WorkdayCalendar.Load(data));
        Assert.Contains("2027.json", ex.Message);
    }

    [Fact]
    public void ABrokenFileInTheFolderIsRefusedNamingTheFile()
    {
        Write("2027.json", "{ not json");
        var ex = Assert.Throws<CalendarFileException>(() => WorkdayCalendar.Load(data));
        Assert.Contains("2027.json", ex.Message);
    }
}
