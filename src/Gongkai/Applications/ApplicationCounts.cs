using Gongkai.AnnualReports;
using Gongkai.Reviews;

namespace Gongkai.Applications;

/// <summary>
/// Section 三 compiled from cases: the report with its s3.applications table filled, and for every cell the ids of the
/// cases behind it (ascending), so a page can link each figure to its cases. <see cref="Reviews"/> does the same for
/// section 四 when the compiler filled it.
/// </summary>
public sealed record ApplicationCounts(AnnualReport Report, IReadOnlyDictionary<(string Row, string Column), IReadOnlyList<long>> CaseIds)
{
    public ReportTable Table => Report.Table(ReportCounting.TableId);

    public IReadOnlyList<long> Cases(string row, string column) => CaseIds.GetValueOrDefault((row, column)) ?? [];

    public ReviewCounts Reviews { get; init; } = ReviewCounts.Empty;
}
