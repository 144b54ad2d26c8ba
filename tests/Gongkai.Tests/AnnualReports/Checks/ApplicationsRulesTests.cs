using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Checks;
using Gongkai.AnnualReports.Formats;

namespace Gongkai.Tests.AnnualReports.Checks;

public class ApplicationsRulesTests
{
    private const string S3 = "s3.applications";

    [Theory]
    [InlineData(ReportFormats.Trial2019, 2019, "natural_person")]
    [InlineData(ReportFormats.Format2021, 2022, "legal.research")]
    public void CarryForwardThatBreaksTheBalanceIsAnError(string format, int year, string column)
    {
        var report = ReportBuilder.Correct(format, year);
        var left = report.Value(S3, "new_received", column) + report.Value(S3, "carried_over", column);
        report.With(S3, "carried_forward", column, report.Value(S3, "carried_forward", column) + 1)
            .With(S3, "carried_forward", "total", report.Value(S3, "carried_forward", "total") + 1);

        var findings = ReportChecker.Check(report);

        Expect.NoOtherError(findings, "S3-BALANCE");
        var balance = findings.Where(f => f.Rule == "S3-BALANCE").ToList();
        Assert.Equal([column, "total"], balance.Select(f => f.Column));
        var finding = balance[0];
        Assert.Equal(Severity.Error, finding.Severity);
        Expect.At(finding, S3, null, column);
        Assert.Equal(left, finding.Expected);
        Assert.Equal(left + 1, finding.Actual);
        Assert.Equal(ReportFormats.Get(format).Table(S3).Column(column).Label, finding.ColumnLabel);
        Assert.Contains($"「{finding.ColumnLabel}」列：第一项加第二项之和（{left}）应等于第三项加第四项之和（{left + 1}）", finding.Message);
    }

    [Theory]
    [InlineData(ReportFormats.Trial2019, "result.granted", "natural_person")]
    [InlineData(ReportFormats.Trial2019, "other", "legal.other")]
    [InlineData(ReportFormats.Format2021, "withheld.third_party", "legal.commercial")]
    [InlineData(ReportFormats.Format2021, "other.fee_unpaid", "natural_person")]
    public void ApplicantFigureLeftOutOfTheRowTotalIsAnError(string format, string row, string column)
    {
        var report = ReportBuilder.Correct(format);
        var before = report.Value(S3, row, "total");
        foreach (var r in new[] { row, "result.total", "new_received" })
        {
            report.With(S3, r, column, report.Value(S3, r, column) + 1);
        }

        var findings = ReportChecker.Check(report);

        Expect.NoOtherError(findings, "S3-COLTOTAL");
        var colTotals = findings.Where(f => f.Rule == "S3-COLTOTAL").ToList();
        Assert.Equal(new[] { "new_received", row, "result.total" }.Order(StringComparer.Ordinal), colTotals.Select(f => f.Row!).Order(StringComparer.Ordinal));
        var finding = Assert.Single(colTotals, f => f.Row == row);
        Expect.At(finding, S3, row, "total");
        Assert.Equal(before + 1, finding.Expected);
        Assert.Equal(before, finding.Actual);
        Assert.Equal(ReportFormats.Get(format).Table(S3).Row(row).Label, finding.RowLabel);
        Assert.Equal("总计", finding.ColumnLabel);
    }

    [Theory]
    [InlineData(ReportFormats.Trial2019, "not_processed.repeat", "natural_person")]
    [InlineData(ReportFormats.Format2021, "other.no_correction", "legal.social_welfare")]
    public void OutcomeLeftOutOfTheGrandTotalIsAnError(string format, string row, string column)
    {
        var report = ReportBuilder.Correct(format);
        var before = report.Value(S3, "result.total", column);
        report.With(S3, row, column, report.Value(S3, row, column) + 1).With(S3, row, "total", report.Value(S3, row, "total") + 1);

        var findings = ReportChecker.Check(report);

        Expect.NoOtherError(findings, "S3-ROWTOTAL");
        var rowTotals = findings.Where(f => f.Rule == "S3-ROWTOTAL").ToList();
        Assert.Equal([column, "total"], rowTotals.Select(f => f.Column));
        Expect.At(rowTotals[0], S3, "result.total", column);
        Assert.Equal(before + 1, rowTotals[0].Expected);
        Assert.Equal(before, rowTotals[0].Actual);
        Assert.Equal("（七）总计", rowTotals[0].RowLabel);
        Assert.StartsWith($"「三、收到和处理政府信息公开申请情况」表「三、本年度办理结果（七）总计」行「{rowTotals[0].ColumnLabel}」列应为 {before + 1}", rowTotals[0].Message);
    }

    [Theory]
    [InlineData(ReportFormats.Trial2019, "carried_over", "natural_person", -1)]
    [InlineData(ReportFormats.Format2021, "carried_over", "legal.commercial", 0.5)]
    public void FigureThatIsNotAWholeCountIsAnError(string format, string row, string column, double value)
    {
        var report = ReportBuilder.Correct(format);
        report.Shift(row, column, (decimal)value - report.Value(S3, row, column)).Narrate();

        var findings = ReportChecker.Check(report);

        var integers = findings.Where(f => f.Rule == "S3-INT").ToList();
        Expect.NoOtherError(findings, "S3-INT");
        var finding = Assert.Single(integers, f => f.Row == row && f.Column == column);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal((decimal)value, finding.Actual);
    }

    [Theory]
    [InlineData(ReportFormats.Trial2019)]
    [InlineData(ReportFormats.Format2021)]
    public void BlankCellIsAWarningAndCountsAsZero(string format)
    {
        var report = ReportBuilder.Correct(format);
        var definition = report.Format.Table(S3);
        var (row, column) = (from r in definition.DataRows
                             from c in definition.Columns
                             where report.Value(S3, r.Id, c.Id) == 0
                             select (r.Id, c.Id)).First();
        report.With(S3, row, column, Cell.Blank);

        var finding = Expect.Only(ReportChecker.Check(report), "S3-BLANK");

        Assert.Equal(Severity.Warning, finding.Severity);
        Expect.At(finding, S3, row, column);
        Assert.Equal(0m, finding.Expected);
    }

    [Theory]
    [InlineData(ReportFormats.Trial2019, "（三）不予公开", "result", "withheld")]
    [InlineData(ReportFormats.Format2021, "（四） 无法提供", "result", "unable")]
    [InlineData(ReportFormats.Format2021, "小计", "other", "other")]
    public void FiguresOnAGroupRowAreALayoutError(string format, string label, string parent, string group)
    {
        var report = ReportBuilder.Correct(format);
        var definition = report.Format.Table(S3);
        var subtotal = new ExtraRow(label, parent == group ? group : parent);
        foreach (var column in definition.Columns)
        {
            subtotal.Cells[column.Id] = Cell.Of(definition.DataRows.Where(r => r.Parent == group).Sum(r => report.Value(S3, r.Id, column.Id)));
        }

        report.Table(S3).ExtraRows.Add(subtotal);

        var finding = Expect.Only(ReportChecker.Check(report), "S3-GROUPS");

        Expect.At(finding, S3, group, null);
        Assert.Equal(definition.Row(group).Label, finding.RowLabel);
    }

    [Fact]
    public void WrongSubtotalOnAGroupRowIsReportedPerColumn()
    {
        var report = ReportBuilder.Correct(ReportFormats.Format2021, 2021);
        var sum = report.Format.Table(S3).DataRows.Where(r => r.Parent == "withheld").Sum(r => report.Value(S3, r.Id, "natural_person"));
        var subtotal = new ExtraRow("（三）不予公开", "result") { Cells = { ["natural_person"] = Cell.Of(sum + 2) } };
        report.Table(S3).ExtraRows.Add(subtotal);

        var findings = ReportChecker.Check(report).Where(f => f.Rule == "S3-GROUPS").ToList();

        Assert.Equal(2, findings.Count);
        var wrong = Assert.Single(findings, f => f.Column == "natural_person");
        Assert.Equal(sum, wrong.Expected);
        Assert.Equal(sum + 2, wrong.Actual);
    }

    [Theory]
    [InlineData(ReportFormats.Trial2019, 2020, "natural_person")]
    [InlineData(ReportFormats.Format2021, 2023, "legal.legal_service")]
    public void CarryOverThatDiffersFromLastYearsCarryForwardIsAWarning(string format, int year, string column)
    {
        var previous = ReportBuilder.Correct(format, year - 1);
        var report = ReportBuilder.Correct(format, year).Shift("carried_over", column, 1).Narrate();

        var findings = ReportChecker.Check(report, previous);

        Expect.NoOtherError(findings, "S3-CARRY");
        var carry = findings.Where(f => f.Rule == "S3-CARRY").ToList();
        Assert.Equal([column, "total"], carry.Select(f => f.Column));
        Assert.All(carry, f => Assert.Equal(Severity.Warning, f.Severity));
        Expect.At(carry[0], S3, "carried_over", column);
        Assert.Equal(previous.Value(S3, "carried_forward", column), carry[0].Expected);
        Assert.Equal(previous.Value(S3, "carried_forward", column) + 1, carry[0].Actual);
        Assert.DoesNotContain(findings, f => f.Severity == Severity.Warning && f.Rule != "S3-CARRY");
    }

    [Fact]
    public void CarryIsNotComparedWithAReportOfAnotherYear()
    {
        var report = ReportBuilder.Correct(ReportFormats.Format2021, 2023).Shift("carried_over", "natural_person", 1).Narrate();

        Assert.DoesNotContain(ReportChecker.Check(report, ReportBuilder.Correct(ReportFormats.Format2021, 2021)), f => f.Rule == "S3-CARRY");
    }

    [Theory]
    [InlineData("本年度共发出收费通知1件，收取信息处理费0.01万元。", 1)]
    [InlineData("全年向申请人发出信息处理费收费通知书一份。", 1)]
    [InlineData("本机关未发出收费通知，未收取信息处理费。", 0)]
    [InlineData("发出2份收费通知，申请人均未缴费。", 2)]
    public void MoreUnpaidFeeCasesThanFeeNoticesIsAWarning(string section6, int notices)
    {
        var report = ReportBuilder.Correct(ReportFormats.Format2021, 2022).Shift("other.fee_unpaid", "natural_person", 3).Narrate();
        report.Narratives["s6"] = section6;

        var finding = Expect.Only(ReportChecker.Check(report), "S3-FEE-ROW");

        Expect.At(finding, S3, "other.fee_unpaid", "total");
        Assert.Equal(notices, finding.Expected);
        Assert.Equal(report.Value(S3, "other.fee_unpaid", "total"), finding.Actual);
    }

    [Fact]
    public void FeeRowIsNotCheckedWhenSectionSixGivesNoCount()
    {
        var report = ReportBuilder.Correct(ReportFormats.Format2021, 2022).Shift("other.fee_unpaid", "natural_person", 3).Narrate();
        report.Narratives["s6"] = "本年度依法收取信息处理费，具体情况已报送财政部门。";

        Assert.DoesNotContain(ReportChecker.Check(report), f => f.Rule == "S3-FEE-ROW");
    }

    [Theory]
    [InlineData(ReportFormats.Trial2019, 2021)]
    [InlineData(ReportFormats.Format2021, 2020)]
    public void ReportOnTheWrongFormatForItsYearIsAnError(string format, int year)
    {
        var finding = Expect.Only(ReportChecker.Check(ReportBuilder.Correct(format, year)), "S3-FORMAT");

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(year, finding.Actual);
    }

    [Theory]
    [InlineData(ReportFormats.Trial2019, S3, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请")]
    [InlineData(ReportFormats.Format2021, "s2.art20_1", "规范性文件")]
    public void RowOfTheOtherFormatIsAnError(string format, string table, string label)
    {
        var report = ReportBuilder.Correct(format, format == ReportFormats.Trial2019 ? 2020 : 2021);
        report.Table(table).ExtraRows.Add(new ExtraRow(label, null));

        var finding = Expect.Only(ReportChecker.Check(report), "S3-FORMAT");

        Assert.Equal(table, finding.Table);
        Assert.Equal(label, finding.RowLabel);
    }
}
