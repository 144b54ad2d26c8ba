using Gongkai.Deadlines;
using static Gongkai.Tests.Deadlines.Dates;

namespace Gongkai.Tests.Deadlines;

public class HolidayNoticeTextTests
{
    public static TheoryData<int> NoticeYears => [2021, 2022, 2023, 2024, 2025, 2026];

    private static string Notice(int year) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Deadlines", "Notices", $"{year}.txt"));

    [Theory]
    [MemberData(nameof(NoticeYears))]
    public void TheRealNoticeReadsAsTheEmbeddedYear(int year)
    {
        var parsed = HolidayNoticeText.Parse(Notice(year));
        var embedded = WorkdayCalendar.Embedded.Years.Single(y => y.Year == year);

        Assert.Equal(year, parsed.Year);
        Assert.Equal(embedded.Notices, parsed.Notices);
        Assert.Equal(embedded.Holidays, parsed.Holidays);
        Assert.Equal(embedded.MakeupWorkdays, parsed.MakeupWorkdays);
    }

    [Fact]
    public void The2019NoticeDiffersFromTheEmbeddedYearOnlyByTheLaterLabourDayNotice()
    {
        var parsed = HolidayNoticeText.Parse(Notice(2019));
        var embedded = WorkdayCalendar.Embedded.Years.Single(y => y.Year == 2019);

        Assert.Equal(embedded.Notices[0], Assert.Single(parsed.Notices));
        // 国办发明电〔2019〕3号 made 劳动节 5月1日至4日, with 4月28日 and 5月5日 worked.
        Assert.Equal(embedded.Holidays.Select(h => h.Name == "劳动节" ? h with { Last = D("2019-05-01") } : h), parsed.Holidays);
        Assert.Equal(embedded.MakeupWorkdays.Except([D("2019-04-28"), D("2019-05-05")]), parsed.MakeupWorkdays);
    }

    [Fact]
    public void The2020NoticeDiffersFromTheEmbeddedYearOnlyByTheSpringFestivalExtension()
    {
        var parsed = HolidayNoticeText.Parse(Notice(2020));
        var embedded = WorkdayCalendar.Embedded.Years.Single(y => y.Year == 2020);

        Assert.Equal(embedded.Notices[0], Assert.Single(parsed.Notices));
        // 国办发明电〔2020〕1号 extended 春节 to 2月2日, so 2月1日 was no longer a make-up working day.
        Assert.Equal(embedded.Holidays.Select(h => h.Name == "春节" ? h with { Last = D("2020-01-30") } : h), parsed.Holidays);
        Assert.Equal(embedded.MakeupWorkdays.Append(D("2020-02-01")).Order(), parsed.MakeupWorkdays);
    }

    [Fact]
    public void ANoticePastedAsOneParagraphReadsTheSame()
    {
        var text = Notice(2023);
        var oneLine = HolidayNoticeText.Parse(text.Replace("\n", "", StringComparison.Ordinal));
        Assert.Equal(HolidayNoticeText.Parse(text).Holidays, oneLine.Holidays);
        Assert.Equal(HolidayNoticeText.Parse(text).MakeupWorkdays, oneLine.MakeupWorkdays);
    }

    [Fact]
    public void AMakeupDayInTheDecemberBeforeIsDatedThere()
    {
        var year = HolidayNoticeText.Parse("""
            国务院办公厅关于2019年部分节假日安排的通知
            一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。
            """);
        Assert.Equal(new HolidayRange("元旦", D("2018-12-30"), D("2019-01-01")), year.Holidays[0]);
        Assert.Equal([D("2018-12-29")], year.MakeupWorkdays);
    }

    [Fact]
    public void ARangeAcrossMonthsKeepsBothMonths()
    {
        var year = HolidayNoticeText.Parse("""
            国务院办公厅关于2020年部分节假日安排的通知
            一、春节：1月24日至30日放假调休，共7天。
            二、国庆节、中秋节：9月30日至10月7日放假调休，共8天。9月27日（星期日）、10月10日（星期六）上班。
            """);
        Assert.Equal(new HolidayRange("国庆节、中秋节", D("2020-09-30"), D("2020-10-07")), year.Holidays[1]);
        Assert.Equal([D("2020-09-27"), D("2020-10-10")], year.MakeupWorkdays);
    }

    [Theory]
    [InlineData("一、元旦：1月1日放假1天，不调休。", "找不到通知标题")]
    [InlineData("国务院办公厅关于2025年部分节假日安排的通知\n各省、自治区：\n", "没有找到")]
    [InlineData("国务院办公厅关于2025年部分节假日安排的通知\n一、元旦：1月1日（周四）放假1天，不调休。", "第 2 行无法识别：2025-01-01 是周三，与通知所写的“周四”不符")]
    [InlineData("国务院办公厅关于2025年部分节假日安排的通知\n一、元旦：1月1日至3日放假，共4天。", "第 2 行无法识别：写明共4天，但 2025-01-01 至 2025-01-03 是 3 天")]
    [InlineData("国务院办公厅关于2025年部分节假日安排的通知\n\n一、元旦：1月1日放假1天。1月4日前后酌情安排。", "第 3 行无法识别：调休上班应写成")]
    [InlineData("国务院办公厅关于2025年部分节假日安排的通知\n一、元旦：元月初一放假。", "第 2 行无法识别：放假日期应写成")]
    [InlineData("国务院办公厅关于2025年部分节假日安排的通知\n一、元旦：1月1日放假1天。\n三、清明节：4月4日至6日放假，共3天。", "第 3 行无法识别：应为第二项")]
    [InlineData("国务院办公厅关于2025年部分节假日安排的通知\n一、元旦：2月30日放假1天。", "日期“2月30日”不存在")]
    [InlineData("国务院办公厅关于2025年部分节假日安排的通知\n一、元旦：1月1日至4日放假，共4天。1月4日（周六）上班。", "落在元旦假期内")]
    public void UnreadableTextIsRefusedNamingTheLine(string text, string message)
    {
        var refused = Assert.Throws<CalendarFileException>(() => HolidayNoticeText.Parse(text));
        Assert.Contains(message, refused.Message);
    }
}
