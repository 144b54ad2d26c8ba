using Gongkai.Deadlines;
using static Gongkai.Tests.Deadlines.Dates;

namespace Gongkai.Tests.Deadlines;

public class DeadlineCalculatorTests
{
    private static readonly DeadlineCalculator Calculator = new(WorkdayCalendar.Embedded);

    [Theory]
    // Spot checks from shared/domain/README.md first.
    [InlineData("2025-03-03", 20, "2025-03-31")]
    [InlineData("2025-01-20", 20, "2025-02-21")] // across the 2025 Spring Festival and its two make-up days
    [InlineData("2024-02-08", 1, "2024-02-09")]  // 除夕 2024 is a working day
    [InlineData("2020-01-31", 1, "2020-02-03")]  // 2020-02-01 make-up day was cancelled by the COVID extension
    [InlineData("2025-02-07", 1, "2025-02-08")]  // Saturday make-up day counts
    [InlineData("2025-09-30", 1, "2025-10-09")]  // 国庆节、中秋节 2025
    [InlineData("2026-02-13", 1, "2026-02-14")]  // Saturday make-up day before the 2026 Spring Festival
    [InlineData("2026-02-14", 1, "2026-02-24")]  // nine-day 2026 Spring Festival
    [InlineData("2019-04-30", 1, "2019-05-05")]  // 2019 May Day as amended, Sunday make-up day after it
    [InlineData("2018-12-31", 1, "2019-01-02")]  // the start day is not counted, so its year need not be covered
    [InlineData("2025-12-20", 20, "2026-01-19")] // across the year end, New Year 2026 and its Sunday make-up day
    [InlineData("2024-12-20", 20, "2025-01-20")]
    [InlineData("2023-12-25", 20, "2024-01-23")]
    [InlineData("2022-12-26", 20, "2023-01-29")] // ends on a Sunday make-up day
    [InlineData("2019-09-20", 20, "2019-10-23")]
    [InlineData("2026-04-30", 20, "2026-06-01")]
    public void WorkingDaysAreCountedOnTheNationalCalendar(string start, int workdays, string due)
    {
        var result = Calculator.AddWorkdays(D(start), workdays);
        Assert.Equal(D(due), result.Due);
        Assert.False(result.IsEstimate);
    }

    [Theory]
    [InlineData("2025-03-03", DeadlineRule.Reply20, "2025-03-31")]
    [InlineData("2025-03-31", DeadlineRule.Extension20, "2025-04-28")] // from the original due date
    [InlineData("2025-09-26", DeadlineRule.Correction7, "2025-10-13")]
    [InlineData("2025-09-26", DeadlineRule.ThirdParty15, "2025-10-23")]
    [InlineData("2026-09-15", DeadlineRule.OtherAgency15, "2026-10-12")]
    [InlineData("2026-01-30", DeadlineRule.Publication20, "2026-03-05")]
    [InlineData("2025-03-03", DeadlineRule.FeePayment20, "2025-03-31")] // fees.md worked example 7
    public void EachStatutoryRuleGivesItsDueDate(string start, DeadlineRule rule, string due) =>
        Assert.Equal(D(due), Calculator.Due(D(start), rule).Due);

    [Theory]
    [InlineData(DeadlineRule.Reply20, 20, "第三十三条第二款")]
    [InlineData(DeadlineRule.Extension20, 20, "第三十三条第二款")]
    [InlineData(DeadlineRule.Correction7, 7, "第三十条")]
    [InlineData(DeadlineRule.ThirdParty15, 15, "第三十二条")]
    [InlineData(DeadlineRule.OtherAgency15, 15, "第三十四条")]
    [InlineData(DeadlineRule.Publication20, 20, "第二十六条")]
    [InlineData(DeadlineRule.FeePayment20, 20, "国办函〔2020〕109号")]
    public void EachRuleCitesItsProvision(DeadlineRule rule, int workdays, string citation)
    {
        Assert.Equal(workdays, rule.Workdays());
        Assert.Contains(citation, rule.Citation());
    }

    [Fact]
    public void EveryDateAfterTheStartIsExplained()
    {
        var result = Calculator.AddWorkdays(D("2025-09-26"), 3);
        Assert.Equal(
            [
                "2025-09-27 跳过：周末",
                "2025-09-28 调休上班，第 1 个工作日",
                "2025-09-29 第 2 个工作日",
                "2025-09-30 第 3 个工作日",
            ],
            result.Days.Select(d => $"{d.Date:yyyy-MM-dd} {d.Describe()}"));
    }

    [Fact]
    public void HolidaysAreExplainedByName()
    {
        var result = Calculator.AddWorkdays(D("2025-09-30"), 1);
        Assert.Equal(9, result.Days.Count);
        Assert.Equal("跳过：国庆节、中秋节", result.Days[0].Describe());
        Assert.Equal(D("2025-10-09"), result.Days[^1].Date);
        Assert.Equal(1, result.Days[^1].WorkdayNumber);
    }

    [Fact]
    public void ASpanIntoAYearWithoutNoticeFailsNamingThatYear()
    {
        var ex = Assert.Throws<CalendarYearMissingException>(() => Calculator.AddWorkdays(D("2026-12-20"), 20));
        Assert.Equal(2027, ex.Year);
        Assert.Contains("2027", ex.Message);
    }

    [Fact]
    public void AnEstimateCountsWeekdaysInTheMissingYearAndSaysSo()
    {
        var result = Calculator.AddWorkdays(D("2026-12-20"), 20, estimate: true);
        Assert.Equal(D("2027-01-15"), result.Due);
        Assert.True(result.IsEstimate);
        Assert.Equal([2027], result.EstimatedYears);
        Assert.All(result.Days.Where(d => d.Date.Year == 2027), d => Assert.True(d.IsEstimated));
        Assert.All(result.Days.Where(d => d.Date.Year == 2026), d => Assert.False(d.IsEstimated));
        Assert.Equal("第 10 个工作日（估算）", result.Days.Single(d => d.Date == D("2027-01-01")).Describe());
    }

    [Fact]
    public void AnEstimateWithinLoadedYearsIsTheExactCount()
    {
        var result = Calculator.AddWorkdays(D("2025-01-20"), 20, estimate: true);
        Assert.Equal(D("2025-02-21"), result.Due);
        Assert.False(result.IsEstimate);
    }

    [Fact]
    public void AnImportedYearMakesTheSpanExact()
    {
        var y2027 = CalendarYearFile.Parse(SampleYears.Fictional2027, "2027.json");
        var calculator = new DeadlineCalculator(new WorkdayCalendar([.. WorkdayCalendar.Embedded.Years, y2027]));
        var result = calculator.AddWorkdays(D("2026-12-20"), 20);
        Assert.False(result.IsEstimate);
        Assert.Equal(D("2027-01-18"), result.Due); // the fictional New Year holiday takes 2027-01-01 out of the count
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(DeadlineCalculator.MaxWorkdays + 1)]
    public void ZeroNegativeOrHugePeriodsAreRejected(int workdays) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calculator.AddWorkdays(D("2025-03-03"), workdays));

    [Fact]
    public void TheDueDateIsAlwaysTheLastExplainedDayAndAWorkingDay()
    {
        for (var start = D("2019-01-01"); start < D("2026-11-01"); start = start.AddDays(1))
        {
            var result = Calculator.AddWorkdays(start, 20);
            Assert.Equal(result.Due, result.Days[^1].Date);
            Assert.True(WorkdayCalendar.Embedded.IsWorkday(result.Due));
            Assert.Equal(20, result.Days.Count(d => d.WorkdayNumber is not null));
        }
    }
}
