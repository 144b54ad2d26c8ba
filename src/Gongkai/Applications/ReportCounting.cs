using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Checks;
using Gongkai.AnnualReports.Formats;

namespace Gongkai.Applications;

/// <summary>
/// Compiles the section-三 table (收到和处理政府信息公开申请情况) of a year from cases. A case received by 31 December
/// and not concluded before 1 January is in the year: as 本年新收 or 上年结转 by its date of receipt, and as the row of
/// its outcome if concluded in the year or as 结转下年度 otherwise. Every case is thus counted once on each side of
/// 第一项+第二项=第三项+第四项, and a year's 上年结转 is the previous year's 结转下年度 by the same predicate.
/// </summary>
public static class ReportCounting
{
    public const string TableId = "s3.applications";
    private const string NewReceived = "new_received";
    private const string CarriedOver = "carried_over";
    private const string ResultTotal = "result.total";
    private const string Total = "total";

    public static ApplicationCounts Count(IEnumerable<DisclosureApplication> cases, int year, string formatId, string? agency = null) =>
        Count(cases.Select(ReportCase.Of), year, formatId, agency);

    public static ApplicationCounts Count(IEnumerable<ReportCase> cases, int year, string formatId, string? agency = null) =>
        Fill(new AnnualReport(ReportFormats.Get(formatId), year, agency), cases);

    /// <summary>Sets every cell of the report's s3.applications table, zeros included, and returns the cases behind each.</summary>
    public static ApplicationCounts Fill(AnnualReport report, IEnumerable<ReportCase> cases)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(cases);
        var formatId = report.Format.Id;
        var first = new DateOnly(report.Year, 1, 1);
        var last = new DateOnly(report.Year, 12, 31);
        var carriedForward = ReportFormats.OutcomeRow(Outcomes.PendingAtYearEnd, formatId)
            ?? throw new InvalidOperationException($"Format {formatId} has no row for cases open at the year end.");

        var buckets = new Dictionary<(string Row, string Column), List<long>>();
        void Add(string row, string column, long id)
        {
            foreach (var c in new[] { column, Total })
            {
                if (!buckets.TryGetValue((row, c), out var list))
                    buckets[(row, c)] = list = [];
                list.Add(id);
            }
        }

        foreach (var c in cases)
        {
            if (c.ReceivedOn is not { } received || received > last || c.ConcludedOn < first)
                continue;
            var column = c.ApplicantType.ReportColumn();
            Add(received >= first ? NewReceived : CarriedOver, column, c.Id);
            if (c.ConcludedOn is { } concluded && concluded <= last)
            {
                var outcome = c.Outcome ?? throw new InvalidOperationException($"Case {c.Id} is concluded without an outcome.");
                var row = ReportFormats.OutcomeRow(outcome, formatId)
                    ?? throw new InvalidOperationException($"Outcome {outcome} of case {c.Id} has no row in format {formatId}.");
                Add(row, column, c.Id);
                Add(ResultTotal, column, c.Id);
            }
            else
            {
                Add(carriedForward, column, c.Id);
            }
        }

        var table = report.Table(TableId);
        var ids = new Dictionary<(string Row, string Column), IReadOnlyList<long>>();
        foreach (var row in table.Definition.DataRows)
        {
            foreach (var column in table.Definition.Columns)
            {
                var list = buckets.TryGetValue((row.Id, column.Id), out var found) ? found.Order().ToList() : [];
                table[row.Id, column.Id] = Cell.Of(list.Count);
                ids[(row.Id, column.Id)] = list;
            }
        }
        // Every outcome row the data maps to must be one the table sums into （七）总计, or the balance would break silently.
        var summed = ApplicationsRules.OutcomeRows(table.Definition).Select(r => r.Id).ToHashSet();
        foreach (var ((row, _), _) in buckets)
        {
            if (row is not (NewReceived or CarriedOver or ResultTotal) && row != carriedForward && !summed.Contains(row))
                throw new InvalidOperationException($"Row {row} is not an outcome row of format {formatId}.");
        }
        return new ApplicationCounts(report, ids);
    }
}
