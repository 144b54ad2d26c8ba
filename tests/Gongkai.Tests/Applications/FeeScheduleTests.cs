using Gongkai.Applications;

namespace Gongkai.Tests.Applications;

public class FeeScheduleTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(10, 0)]
    [InlineData(11, 100)]
    [InlineData(30, 100)]
    [InlineData(31, 200)]
    [InlineData(40, 200)]
    [InlineData(41, 300)]
    [InlineData(45, 300)] // fees.md example 1: the 45th application alone costs 300 元
    [InlineData(51, 400)]
    public void PerApplicationFollowsTheMonthlyBands(int place, int fee) =>
        Assert.Equal(fee, FeeSchedule.PerApplication(place));

    [Fact]
    public void FortyFiveApplicationsInAMonthCost5500() =>
        Assert.Equal(5500m, Enumerable.Range(1, 45).Sum(FeeSchedule.PerApplication)); // fees.md example 1

    [Theory]
    [InlineData(0, 0)]
    [InlineData(30, 0)]
    [InlineData(31, 10)]
    [InlineData(100, 700)]
    [InlineData(101, 720)]
    [InlineData(120, 1100)] // fees.md example 6
    [InlineData(200, 2700)]
    [InlineData(201, 2740)]
    [InlineData(250, 4700)] // fees.md example 4
    public void PerVolumeIsExcessProgressive(int pages, int fee) =>
        Assert.Equal(fee, FeeSchedule.PerVolume(pages));

    [Fact]
    public void PlaceInMonthRestartsEachCalendarMonth()
    {
        // fees.md example 2: 8 applications on 25–31 March and 8 on 1–3 April are all within the free ten.
        var march = Enumerable.Range(0, 8).Select(i => CaseBuilder.Open(i + 1, ApplicantType.NaturalPerson, $"2025-03-{25 + (i % 7):D2}")).ToList();
        var april = Enumerable.Range(0, 8).Select(i => CaseBuilder.Open(i + 11, ApplicantType.NaturalPerson, $"2025-04-0{1 + (i % 3)}")).ToList();
        var all = march.Concat(april).ToList();

        Assert.Equal(Enumerable.Range(1, 8), march.Select(a => FeeSchedule.PlaceInMonth(a, all)).Order());
        Assert.Equal(Enumerable.Range(1, 8), april.Select(a => FeeSchedule.PlaceInMonth(a, all)).Order());

        var other = new CaseBuilder();
        var someoneElse = DisclosureApplication.Submit(1, "GK999999", CaseBuilder.Applicant() with { IdDocumentNumber = "310101198001010000" },
            CaseBuilder.Request, Channel.InPerson, other.On("2025-03-31"), null, CaseBuilder.Clerk);
        Assert.Equal(1, FeeSchedule.PlaceInMonth(someoneElse, all));
    }
}
