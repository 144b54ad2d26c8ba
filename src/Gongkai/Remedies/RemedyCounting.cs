using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Formats;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Remedies;

/// <summary>
/// Compiles section 四 (政府信息公开行政复议、行政诉讼情况) of a year from the records. The rule, the common practice
/// of published reports since the format gives none: a record counts once, in the year it was filed (申请或立案); its
/// column is its result if decided by 31 December of that year, and 尚未审结 otherwise. A case filed in December
/// and decided in January is thus 尚未审结 in the filing year and absent from the next year's report, so no case is
/// counted twice across years and last year's report never changes once the year is over. 总计 is the row's sum.
/// </summary>
public static class RemedyCounting
{
    public const string TableId = RemedyLabels.TableId;
    public const string Section = "s4";
    private const string Total = "total";

    /// <summary>The column a record takes in <paramref name="year"/>'s report, or null when it belongs to another year.</summary>
    public static string? ColumnIn(ReportRemedy record, int year)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.FiledOn.Year != year)
            return null;
        var decidedInYear = record.DecidedOn is { } decided && decided <= new DateOnly(year, 12, 31);
        return (decidedInYear ? record.Result : RemedyResult.Pending).ColumnId();
    }

    /// <summary>Sets every cell of the report's s4 table, zeros included, marks section 四 found, and returns the records behind each cell.</summary>
    public static RemedyCounts Fill(AnnualReport report, IEnumerable<ReportRemedy> records)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(records);
        var buckets = new Dictionary<(string Row, string Column), List<long>>();
        foreach (var record in records)
        {
            if (ColumnIn(record, report.Year) is not { } column)
                continue;
            foreach (var c in new[] { column, Total })
            {
                var key = (record.Kind.RowId(), c);
                if (!buckets.TryGetValue(key, out var list))
                    buckets[key] = list = [];
                list.Add(record.Id);
            }
        }

        var table = report.Table(TableId);
        var ids = new Dictionary<(string Row, string Column), IReadOnlyList<long>>();
        foreach (var row in table.Definition.DataRows)
        {
            foreach (var column in table.Definition.Columns)
            {
                IReadOnlyList<long> list = buckets.TryGetValue((row.Id, column.Id), out var found) ? [.. found.Order()] : [];
                table[row.Id, column.Id] = Cell.Of(list.Count);
                ids[(row.Id, column.Id)] = list;
            }
        }

        if (!report.SectionsFound.Contains(Section))
            report.SectionsFound.Add(Section);
        return new RemedyCounts(ids);
    }

    /// <summary>Reads the agencies' records filed in the report's year and fills section 四 with them.</summary>
    public static async Task<RemedyCounts> FillAsync(GongkaiDbContext db, IReadOnlyList<int> agencyIds, AnnualReport report, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(report);
        var first = new DateOnly(report.Year, 1, 1);
        var last = new DateOnly(report.Year, 12, 31);
        var ids = agencyIds.ToList();
        var records = await db.Remedies.AsNoTracking()
            .Where(r => ids.Contains(r.AgencyId) && r.FiledOn >= first && r.FiledOn <= last)
            .Select(r => new ReportRemedy(r.Id, r.Kind, r.FiledOn, r.Result, r.DecidedOn))
            .ToListAsync(cancellation).ConfigureAwait(false);
        return Fill(report, records);
    }

    /// <summary>
    /// Fills section 四 of every agency's part and of the district's sum from one query over the year's records of
    /// all agencies: a district has few records, but thousands of agencies.
    /// </summary>
    public static async Task FillDistrictAsync(
        GongkaiDbContext db, IReadOnlyDictionary<int, AnnualReport> parts, AnnualReport merged, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(merged);
        var first = new DateOnly(merged.Year, 1, 1);
        var last = new DateOnly(merged.Year, 12, 31);
        var records = (await db.Remedies.AsNoTracking()
            .Where(r => r.FiledOn >= first && r.FiledOn <= last)
            .Select(r => new { r.AgencyId, Record = new ReportRemedy(r.Id, r.Kind, r.FiledOn, r.Result, r.DecidedOn) })
            .ToListAsync(cancellation).ConfigureAwait(false))
            .Where(r => parts.ContainsKey(r.AgencyId))
            .ToLookup(r => r.AgencyId, r => r.Record);
        foreach (var (agencyId, part) in parts)
            Fill(part, records[agencyId]);
        Fill(merged, records.SelectMany(g => g));
    }

    /// <summary>The ids of the agency's records behind one figure of its section 四, by the rule the figure was counted by.</summary>
    public static async Task<IReadOnlyList<long>> RecordIdsAsync(
        GongkaiDbContext db, int agencyId, int year, string row, string column, CancellationToken cancellation)
    {
        var report = new AnnualReport(ReportFormats.ForYear(year), year, null);
        return (await FillAsync(db, [agencyId], report, cancellation).ConfigureAwait(false)).Records(row, column);
    }
}
