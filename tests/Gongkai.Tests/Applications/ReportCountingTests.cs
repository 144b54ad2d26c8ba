using Gongkai.AnnualReports.Checks;
using Gongkai.AnnualReports.Formats;
using Gongkai.Applications;
using static Gongkai.Tests.Applications.CaseBuilder;
using static Gongkai.Tests.Deadlines.Dates;

namespace Gongkai.Tests.Applications;

public class ReportCountingTests
{
    private static readonly string[] ApplicantColumns =
        ["natural_person", "legal.commercial", "legal.research", "legal.social_welfare", "legal.legal_service", "legal.other"];

    /// <summary>A year (2025) of cases in every state, some reaching back into 2024 and on into 2026.</summary>
    private static List<DisclosureApplication> Cases()
    {
        var cases = new List<DisclosureApplication>
        {
            Replied(1, ApplicantType.NaturalPerson, "2024-11-01", "2025-01-10", Disclosed),      // carried over, answered in 2025
            Open(2, ApplicantType.Commercial, "2024-12-20"),                                    // carried over and forward
            Replied(3, ApplicantType.NaturalPerson, "2024-06-03", "2024-07-01", Disclosed),      // all in 2024
            Replied(4, ApplicantType.Research, "2025-02-03", "2025-02-20", Outcomes.Partial),
            Replied(5, ApplicantType.NaturalPerson, "2025-03-03", "2025-03-20", "art15_third_party"),
            Replied(9, ApplicantType.NaturalPerson, "2025-12-22", "2026-01-05", "art36_1_already_public"),
            Open(10, ApplicantType.NaturalPerson, "2025-12-29"),
            Replied(13, ApplicantType.NaturalPerson, "2025-05-06", "2025-05-20", "art36_4_not_exist"),
            Replied(14, ApplicantType.Commercial, "2025-05-06", "2025-05-21", "art36_5_not_this_agency"),
            Replied(15, ApplicantType.NaturalPerson, "2025-06-03", "2025-06-05", "art39_1_petition_complaint"),
        };

        var b = new CaseBuilder();
        var abandoned = b.Receive("2025-04-01", ApplicantType.SocialWelfare, 6);
        abandoned.RequestCorrection(b.On("2025-04-02"), Clerk, "请写明文件名称", D("2025-04-15"), Calendar);
        abandoned.CloseForNoCorrection(b.On("2025-04-16"), Clerk, null);
        cases.Add(abandoned);

        b = new CaseBuilder();
        var unpaid = b.Receive("2025-07-01", ApplicantType.LegalService, 7);
        unpaid.IssueFeeNotice(b.On("2025-07-02"), Clerk, FeeMethod.PerApplication, 100m, 11, true);
        unpaid.CloseForFeeUnpaid(b.On("2025-08-15"), Clerk, null, Calendar);
        cases.Add(unpaid);

        b = new CaseBuilder();
        var withdrawn = b.Receive("2025-08-01", ApplicantType.OtherOrganisation, 8);
        withdrawn.Withdraw(b.On("2025-08-05"), Clerk, "申请人书面撤回");
        cases.Add(withdrawn);

        b = new CaseBuilder();
        var consulting = b.Receive("2025-12-15", ApplicantType.NaturalPerson, 12);
        consulting.StartThirdPartyConsultation(b.On("2025-12-16"), Clerk, "王五", null);
        cases.Add(consulting);

        b = new CaseBuilder();
        var delivered = b.Receive("2025-09-01", ApplicantType.NaturalPerson, 16);
        delivered.RecordReply(b.On("2025-09-10"), Clerk, "art16_process_info", null);
        delivered.RecordDelivery(b.On("2025-09-11"), Clerk, DeliveryMethod.Post, D("2025-09-11"), "EMS9876");
        delivered.Close(b.On("2025-09-12"), Clerk, null);
        cases.Add(delivered);

        b = new CaseBuilder();
        var unconfirmed = DisclosureApplication.Submit(1, "GK000011", Applicant(), Request, Channel.Fax, b.On("2025-10-09"), null, Clerk);
        cases.Add(unconfirmed); // never counted: Art. 31 gives it no date of receipt yet
        return cases;
    }

    [Fact]
    public void YearOfCasesPassesTheReportChecks()
    {
        var counts = ReportCounting.Count(Cases(), 2025, ReportFormats.Format2021, "某某市交通运输局");

        var findings = ReportChecker.Check(counts.Report).Where(f => f.Rule.StartsWith("S3-", StringComparison.Ordinal)).ToList();

        Assert.Empty(findings);
        var table = counts.Table;
        Assert.Equal(12m, table["new_received", "total"].Value);
        Assert.Equal(2m, table["carried_over", "total"].Value);
        Assert.Equal(10m, table["result.total", "total"].Value);
        Assert.Equal(4m, table["carried_forward", "total"].Value);
        Assert.Equal(0m, table["withheld.state_secret", "natural_person"].Value);
    }

    [Fact]
    public void EachCellListsTheCasesBehindIt()
    {
        var counts = ReportCounting.Count(Cases(), 2025, ReportFormats.Format2021);

        Assert.Equal([5, 9, 10, 12, 13, 15, 16], counts.Cases("new_received", "natural_person"));
        Assert.Equal([1], counts.Cases("carried_over", "natural_person"));
        Assert.Equal([2], counts.Cases("carried_over", "legal.commercial"));
        Assert.Equal([1], counts.Cases("result.granted", "natural_person"));
        Assert.Equal([13], counts.Cases("unable.not_held", "natural_person"));
        Assert.Equal([13, 14], counts.Cases("unable.not_held", "total"));
        Assert.Equal([5], counts.Cases("withheld.third_party", "total"));
        Assert.Equal([16], counts.Cases("withheld.process_info", "total"));
        Assert.Equal([15], counts.Cases("not_processed.petition", "total"));
        Assert.Equal([6], counts.Cases("other.no_correction", "legal.social_welfare"));
        Assert.Equal([7], counts.Cases("other.fee_unpaid", "legal.legal_service"));
        Assert.Equal([8], counts.Cases("other.other", "legal.other"));
        Assert.Equal([2, 9, 10, 12], counts.Cases("carried_forward", "total"));
        Assert.Equal([7], counts.Cases("new_received", "legal.legal_service"));
        Assert.DoesNotContain(3L, counts.CaseIds.Values.SelectMany(ids => ids));
        Assert.DoesNotContain(0L, counts.CaseIds.Values.SelectMany(ids => ids));
        foreach (var ((row, column), ids) in counts.CaseIds)
            Assert.Equal(ids.Count, counts.Table[row, column].Value);
    }

    [Fact]
    public void PartialDisclosureCountsOnlyInResultPartial()
    {
        var counts = ReportCounting.Count(Cases(), 2025, ReportFormats.Format2021);
        var outcomeRows = ApplicationsRules.OutcomeRows(counts.Table.Definition).Select(r => r.Id);

        Assert.Equal([4], counts.Cases("result.partial", "legal.research"));
        Assert.Equal(["result.partial"], outcomeRows.Where(r => counts.Cases(r, "total").Contains(4)));
        Assert.Equal(0m, counts.Table["result.granted", "legal.research"].Value);
    }

    [Fact]
    public void EveryCaseIsCountedOnceOnEachSideOfTheBalance()
    {
        var counts = ReportCounting.Count(Cases(), 2025, ReportFormats.Format2021);
        var outcomeRows = ApplicationsRules.OutcomeRows(counts.Table.Definition).Select(r => r.Id);

        var left = counts.Cases("new_received", "total").Concat(counts.Cases("carried_over", "total")).Order().ToList();
        var right = outcomeRows.Append("carried_forward").SelectMany(r => counts.Cases(r, "total")).Order().ToList();

        Assert.Equal(left, right);
        Assert.Equal(left.Count, left.Distinct().Count());
    }

    [Fact]
    public void CarryOverIsLastYearsCarryForward()
    {
        var cases = Cases();
        var year2025 = ReportCounting.Count(cases, 2025, ReportFormats.Format2021);
        var year2026 = ReportCounting.Count(cases, 2026, ReportFormats.Format2021);

        foreach (var column in ApplicantColumns.Append("total"))
            Assert.Equal(year2025.Cases("carried_forward", column), year2026.Cases("carried_over", column));
        Assert.Equal([9], year2026.Cases("result.granted", "natural_person"));
        Assert.DoesNotContain(ReportChecker.Check(year2026.Report, year2025.Report), f => f.Rule.StartsWith("S3-", StringComparison.Ordinal));

        var year2024 = ReportCounting.Count(cases, 2024, ReportFormats.Format2021);
        Assert.Equal(year2024.Cases("carried_forward", "total"), year2025.Cases("carried_over", "total"));
        Assert.Equal([1, 2], year2024.Cases("carried_forward", "total"));
    }

    [Fact]
    public void TrialFormatCountsAbandonmentAndWithdrawalAsOther()
    {
        var b = new CaseBuilder();
        var abandoned = b.Receive("2020-04-01", ApplicantType.NaturalPerson, 1);
        abandoned.RequestCorrection(b.On("2020-04-02"), Clerk, "请写明文件名称", D("2020-04-15"), Calendar);
        abandoned.CloseForNoCorrection(b.On("2020-04-16"), Clerk, null);
        var c = new CaseBuilder();
        var withdrawn = c.Receive("2020-05-06", ApplicantType.NaturalPerson, 2);
        withdrawn.Withdraw(c.On("2020-05-07"), Clerk, "申请人书面撤回");

        var counts = ReportCounting.Count([abandoned, withdrawn, Replied(3, ApplicantType.Commercial, "2020-06-01", "2020-06-10", Outcomes.Partial)],
            2020, ReportFormats.Trial2019);

        Assert.Equal([1, 2], counts.Cases("other", "natural_person"));
        Assert.Equal([3], counts.Cases("result.partial", "legal.commercial"));
        Assert.DoesNotContain(ReportChecker.Check(counts.Report), f => f.Rule.StartsWith("S3-", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryOutcomeHasARowInTheTableOfItsFormat()
    {
        foreach (var format in ReportFormats.All)
        {
            var rows = ApplicationsRules.OutcomeRows(format.Table(ReportCounting.TableId)).Select(r => r.Id).ToHashSet();
            foreach (var outcome in ReportFormats.Outcomes.Where(o => o != Outcomes.PendingAtYearEnd))
            {
                var row = ReportFormats.OutcomeRow(outcome, format.Id);
                // Fees did not exist under the 2019 trial format (report years 2019–2020).
                if (row is null && outcome == Outcomes.FeeUnpaid && format.Id == ReportFormats.Trial2019)
                    continue;
                Assert.Contains(row!, rows);
            }
        }
    }

    [Theory]
    [InlineData(ApplicantType.NaturalPerson, "natural_person")]
    [InlineData(ApplicantType.Commercial, "legal.commercial")]
    [InlineData(ApplicantType.Research, "legal.research")]
    [InlineData(ApplicantType.SocialWelfare, "legal.social_welfare")]
    [InlineData(ApplicantType.LegalService, "legal.legal_service")]
    [InlineData(ApplicantType.OtherOrganisation, "legal.other")]
    public void EachApplicantTypeIsAColumnOfBothFormats(ApplicantType type, string column)
    {
        Assert.Equal(column, type.ReportColumn());
        foreach (var format in ReportFormats.All)
            Assert.NotNull(format.Table(ReportCounting.TableId).FindColumn(column));
    }
}
