using System.Collections.Concurrent;
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
    private static readonly ConcurrentDictionary<(string FormatId, Key Key), (string Row, string Column)[]> CellsByKey = new();

    public static ApplicationCounts Count(IEnumerable<DisclosureApplication> cases, int year, string formatId, string? agency = null) =>
        Count(cases.Select(ReportCase.Of), year, formatId, agency);

    public static ApplicationCounts Count(IEnumerable<ReportCase> cases, int year, string formatId, string? agency = null) =>
        Fill(new AnnualReport(ReportFormats.Get(formatId), year, agency), cases);

    /// <summary>
    /// The cases of the query that can count in <paramref name="year"/>: received by its end and not concluded before
    /// its start. The database's form of the test that opens <see cref="Fill(AnnualReport, IEnumerable{ReportCase})"/>.
    /// </summary>
    public static IQueryable<DisclosureApplication> InYear(IQueryable<DisclosureApplication> cases, int year)
    {
        var (first, last) = Bounds(year);
        return cases.Where(a => a.ReceivedOn != null && a.ReceivedOn <= last && (a.ConcludedOn == null || a.ConcludedOn >= first));
    }

    /// <summary>
    /// The cases of the query counted in the database, one row per agency and cell-deciding key: the same predicate and
    /// the same key as <see cref="Fill(AnnualReport, IEnumerable{ReportCase})"/> computes for loaded cases, so only the
    /// buckets below ever turn keys into cells.
    /// </summary>
    public static IQueryable<CaseGroup> GroupIn(IQueryable<DisclosureApplication> cases, int year)
    {
        var (first, last) = Bounds(year);
        return InYear(cases, year)
            .GroupBy(a => new
            {
                a.AgencyId,
                a.Applicant.Type,
                Received = a.ReceivedOn >= first,
                Concluded = a.ConcludedOn != null && a.ConcludedOn <= last,
                a.Outcome,
            })
            .Select(g => new CaseGroup(g.Key.AgencyId, g.Key.Type, g.Key.Received, g.Key.Concluded, g.Key.Outcome, g.Count()));
    }

    /// <summary>Sets every cell of the report's s3.applications table, zeros included, and returns the cases behind each.</summary>
    public static ApplicationCounts Fill(AnnualReport report, IEnumerable<ReportCase> cases)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(cases);
        var (first, last) = Bounds(report.Year);
        var buckets = new Dictionary<(string Row, string Column), List<long>>();
        foreach (var c in cases)
        {
            if (c.ReceivedOn is not { } received || received > last || c.ConcludedOn < first)
                continue;
            var key = new Key(c.ApplicantType, received >= first, c.ConcludedOn <= last, c.Outcome);
            foreach (var cell in Cells(key, report.Format.Id, ("Case", c.Id)))
            {
                if (!buckets.TryGetValue(cell, out var list))
                    buckets[cell] = list = [];
                list.Add(c.Id);
            }
        }

        Write(report, buckets.ToDictionary(b => b.Key, b => b.Value.Count));
        var table = report.Table(TableId);
        var ids = new Dictionary<(string Row, string Column), IReadOnlyList<long>>();
        foreach (var row in table.Definition.DataRows)
        {
            foreach (var column in table.Definition.Columns)
                ids[(row.Id, column.Id)] = buckets.TryGetValue((row.Id, column.Id), out var found) ? [.. found.Order()] : [];
        }
        return new ApplicationCounts(report, ids);
    }

    /// <summary>Sets every cell of the report's s3.applications table, zeros included, from groups counted by <see cref="GroupIn"/>.</summary>
    public static void Fill(AnnualReport report, IEnumerable<CaseGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(groups);
        var counts = new Dictionary<(string Row, string Column), int>();
        foreach (var g in groups)
        {
            var key = new Key(g.ApplicantType, g.ReceivedInYear, g.ConcludedInYear, g.Outcome);
            foreach (var cell in Cells(key, report.Format.Id, ("A case of agency", g.AgencyId)))
                counts[cell] = counts.GetValueOrDefault(cell) + g.Count;
        }
        Write(report, counts);
    }

    /// <summary>
    /// The buckets: a case counts once as 本年新收 or 上年结转 by its date of receipt, and once as the row of its outcome
    /// (plus 总计) if concluded within the year or as 结转下年度 otherwise; each in its applicant column and in 总计.
    /// Kept per format and key (a few hundred at most), since a district brings hundreds of thousands of groups.
    /// </summary>
    private static (string Row, string Column)[] Cells(Key key, string formatId, (string Kind, long Id) who)
    {
        if (CellsByKey.TryGetValue((formatId, key), out var known))
            return known;
        string[] rows;
        if (key.ConcludedInYear)
        {
            var outcome = key.Outcome ?? throw new InvalidOperationException($"{who.Kind} {who.Id} is concluded without an outcome.");
            rows = [key.ReceivedInYear ? NewReceived : CarriedOver, ResultTotal, ReportFormats.OutcomeRow(outcome, formatId)
                ?? throw new InvalidOperationException($"Outcome {outcome} of {who.Kind} {who.Id} has no row in format {formatId}.")];
        }
        else
        {
            rows = [key.ReceivedInYear ? NewReceived : CarriedOver, ReportFormats.OutcomeRow(Outcomes.PendingAtYearEnd, formatId)
                ?? throw new InvalidOperationException($"Format {formatId} has no row for cases open at the year end.")];
        }
        // Every outcome row the data maps to must be one the table sums into （七）总计, or the balance would break silently.
        var summed = ApplicationsRules.OutcomeRows(ReportFormats.Get(formatId).Table(TableId)).Select(r => r.Id);
        if (key.ConcludedInYear && !summed.Contains(rows[^1]))
            throw new InvalidOperationException($"Row {rows[^1]} is not an outcome row of format {formatId}.");
        var column = key.ApplicantType.ReportColumn();
        return CellsByKey[(formatId, key)] = [.. rows.SelectMany(row => new[] { (row, column), (row, Total) })];
    }

    private static void Write(AnnualReport report, Dictionary<(string Row, string Column), int> counts)
    {
        var table = report.Table(TableId);
        foreach (var row in table.Definition.DataRows)
        {
            foreach (var column in table.Definition.Columns)
                table[row.Id, column.Id] = Cell.Of(counts.GetValueOrDefault((row.Id, column.Id)));
        }
    }

    private static (DateOnly First, DateOnly Last) Bounds(int year) => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    private readonly record struct Key(ApplicantType ApplicantType, bool ReceivedInYear, bool ConcludedInYear, string? Outcome);
}
