using Gongkai.Deadlines;
using static Gongkai.Tests.Deadlines.Dates;

namespace Gongkai.Tests.Deadlines;

public class CalendarYearFileTests
{
    private const string Notice = """ "notices": [{ "title": "测试", "document_number": null }] """;

    [Fact]
    public void AValidYearIsRead()
    {
        var year = CalendarYearFile.Parse(SampleYears.Fictional2027, "2027.json");
        Assert.Equal(2027, year.Year);
        Assert.Equal(new HolidayRange("春节", D("2027-02-06"), D("2027-02-14")), year.Holidays[1]);
        Assert.Equal([D("2027-02-20")], year.MakeupWorkdays);
    }

    [Fact]
    public void ANewYearRangeMayStartInTheYearBefore()
    {
        var year = CalendarYearFile.Parse($$"""{ "year": 2019, {{Notice}}, "holidays": [{ "name": "元旦", "first": "2018-12-30", "last": "2019-01-01" }], "makeup_workdays": ["2018-12-29"] }""", "2019.json");
        Assert.Equal(D("2018-12-30"), year.Holidays[0].First);
    }

    [Theory]
    [InlineData("{ not json", "JSON")]
    [InlineData("""{ "holidays": [] }""", "缺少年份")]
    [InlineData("""{ "year": 2027, "holidays": [{ "name": "元旦", "first": "2027-01-01", "last": "2027-01-01" }] }""", "通知标题")]
    [InlineData("""{ "year": 2027, NOTICE, "holidays": [] }""", "没有任何节假日")]
    [InlineData("""{ "year": 2027, NOTICE, "holidays": [{ "name": "", "first": "2027-01-01", "last": "2027-01-01" }] }""", "缺少名称")]
    [InlineData("""{ "year": 2027, NOTICE, "holidays": [null] }""", "缺少名称")]
    [InlineData("""{ "year": 2027, "notices": [null], "holidays": [{ "name": "元旦", "first": "2027-01-01", "last": "2027-01-01" }] }""", "通知标题")]
    [InlineData("""{ "year": "2027", NOTICE, "holidays": [{ "name": "元旦", "first": "2027-01-01", "last": "2027-01-01" }] }""", "JSON")]
    [InlineData("""{ "year": 2027, NOTICE, "holidays": [{ "name": "元旦", "first": "2027-1-1", "last": "2027-01-01" }] }""", "YYYY-MM-DD")]
    [InlineData("""{ "year": 2027, NOTICE, "holidays": [{ "name": "元旦", "first": "2027-01-03", "last": "2027-01-01" }] }""", "颠倒")]
    [InlineData("""{ "year": 2027, NOTICE, "holidays": [{ "name": "国庆节", "first": "2026-10-01", "last": "2026-10-07" }] }""", "不在 2027 年")]
    [InlineData("""{ "year": 2027, NOTICE, "holidays": [{ "name": "春节", "first": "2027-02-06", "last": "2027-02-14" }, { "name": "元宵", "first": "2027-02-14", "last": "2027-02-15" }] }""", "重叠")]
    [InlineData("""{ "year": 2027, NOTICE, "holidays": [{ "name": "元旦", "first": "2027-01-01", "last": "2027-01-03" }], "makeup_workdays": ["2027-01-04"] }""", "是周一，不是周六或周日")]
    [InlineData("""{ "year": 2027, NOTICE, "holidays": [{ "name": "元旦", "first": "2027-01-01", "last": "2027-01-03" }], "makeup_workdays": ["2027-01-02"] }""", "落在元旦假期内")]
    [InlineData("""{ "year": 2027, NOTICE, "holidays": [{ "name": "元旦", "first": "2027-01-01", "last": "2027-01-03" }], "makeup_workdays": ["2026-06-06"] }""", "不在 2027 年")]
    public void AnInvalidYearIsRefusedWithAReason(string json, string reason)
    {
        var ex = Assert.Throws<CalendarFileException>(() => CalendarYearFile.Parse(json.Replace("NOTICE", Notice), "2027.json"));
        Assert.Contains("2027.json", ex.Message);
        Assert.Contains(reason, ex.Message);
    }
}
