using System.Globalization;
using Gongkai.Deadlines;
using Gongkai.Publishing;

namespace Gongkai.Tests.Publishing;

/// <summary>Art. 26: 20 working days from the day information is formed or changed, on the embedded calendar.</summary>
public sealed class PublicationDeadlineTests
{
    [Theory]
    // Plain weeks (domain/README spot check).
    [InlineData("2025-03-03", "2025-03-31")]
    // Across the 2025 Spring Festival: 1-28 to 2-4 off, Sunday 1-26 and Saturday 2-8 worked (调休).
    [InlineData("2025-01-20", "2025-02-21")]
    // Across National Day 2024: 10-1 to 10-7 off, Sunday 9-29 and Saturday 10-12 worked.
    [InlineData("2024-09-20", "2024-10-23")]
    public void TheDueDayIsTheTwentiethWorkingDayAfterTheInformationIsFormed(string formed, string due) =>
        Assert.Equal(DateOnly.Parse(due, CultureInfo.InvariantCulture), PublicationDeadline.Due(DateOnly.Parse(formed, CultureInfo.InvariantCulture), WorkdayCalendar.Embedded).Due);

    [Theory]
    [InlineData("2025-03-03", null, "2025-03-10", PublicationTimeliness.Due)]
    // Five working days left (3-25 … 3-31), the last five: at risk.
    [InlineData("2025-03-03", null, "2025-03-24", PublicationTimeliness.AtRisk)]
    [InlineData("2025-03-03", null, "2025-04-01", PublicationTimeliness.Late)]
    [InlineData("2025-03-03", "2025-03-31", "2025-04-10", PublicationTimeliness.OnTime)]
    [InlineData("2025-03-03", "2025-04-01", "2025-04-10", PublicationTimeliness.PublishedLate)]
    public void StaffSeeWhetherADocumentIsDueAtRiskOrLate(string formed, string? published, string today, PublicationTimeliness expected) =>
        Assert.Equal(expected, PublicationDeadline.Of(DateOnly.Parse(formed, CultureInfo.InvariantCulture), published is null ? null : DateOnly.Parse(published, CultureInfo.InvariantCulture),
            DateOnly.Parse(today, CultureInfo.InvariantCulture), WorkdayCalendar.Embedded));
}
