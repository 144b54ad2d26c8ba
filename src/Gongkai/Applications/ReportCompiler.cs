using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Checks;
using Gongkai.AnnualReports.Formats;
using Gongkai.Data;
using Gongkai.Reviews;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Applications;

/// <summary>
/// Compiles section 三 of an agency's (or the whole district's) annual report live from the cases, and section 四 from
/// the reconsideration and litigation records (<see cref="ReviewCounting"/>), and checks them; the narrative sections
/// are the agency's to write. The year before is compiled too, so S3-CARRY proves that 上年结转 equals last year's
/// 结转下年度.
/// </summary>
public static class ReportCompiler
{
    /// <summary>The section this compiler counts itself; section 四 is ReviewCounting's.</summary>
    public const string Section = "s3";

    /// <summary>The agency's report, or null if no agency has <paramref name="agencyCode"/>.</summary>
    public static async Task<ApplicationCounts?> CompileAsync(GongkaiDbContext db, string agencyCode, int year, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Code == agencyCode)
            .Select(a => new { a.Id, a.Name }).SingleOrDefaultAsync(cancellation).ConfigureAwait(false);
        if (agency is null)
            return null;
        var counts = await CountAsync(db, [agency.Id], agency.Name, year, cancellation).ConfigureAwait(false);
        counts = counts with { Reviews = await ReviewCounting.FillAsync(db, [agency.Id], counts.Report, cancellation).ConfigureAwait(false) };
        var previous = ReportFormats.All.Any(f => f.AppliesTo(year - 1))
            ? await CountAsync(db, [agency.Id], agency.Name, year - 1, cancellation).ConfigureAwait(false)
            : null;
        Check(counts.Report, previous?.Report);
        return counts;
    }

    /// <summary>
    /// The district's report, named after its government (the agency without a parent): each agency compiled and the
    /// reports summed by <see cref="ReportMerger"/>, the parts kept; the case lists are those of all agencies.
    /// </summary>
    public static async Task<ApplicationCounts> CompileDistrictAsync(GongkaiDbContext db, int year, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new { a.Code, a.ParentId, a.Name }).ToListAsync(cancellation).ConfigureAwait(false);
        if (agencies.Count == 0)
            throw new InvalidValueException("本辖区还没有机关，无法汇总");
        var parts = new List<ApplicationCounts>();
        foreach (var agency in agencies)
            parts.Add((await CompileAsync(db, agency.Code, year, cancellation).ConfigureAwait(false))!);

        var name = agencies.FirstOrDefault(a => a.ParentId is null)?.Name ?? "本辖区";
        var merged = ReportMerger.Merge([.. parts.Select(p => p.Report)], name);
        merged.SectionsFound.Clear();
        merged.SectionsFound.AddRange([Section, ReviewCounting.Section]);
        Check(merged, null);
        var ids = parts.SelectMany(p => p.CaseIds)
            .GroupBy(p => p.Key)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<long>)[.. g.SelectMany(p => p.Value).Order()]);
        return new ApplicationCounts(merged, ids) { Reviews = ReviewCounting.Merge(parts.Select(p => p.Reviews)) };
    }

    /// <summary>
    /// The cases that can count in <paramref name="year"/>: received by its end and not concluded before its start
    /// (ReportCounting applies the same predicate, so the query only narrows what it reads).
    /// </summary>
    private static async Task<ApplicationCounts> CountAsync(
        GongkaiDbContext db, IReadOnlyList<int> agencyIds, string agencyName, int year, CancellationToken cancellation)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var ids = agencyIds.Select(i => (long)i).ToList();
        var cases = await db.Applications.AsNoTracking()
            .Where(a => ids.Contains(a.AgencyId) && a.ReceivedOn != null && a.ReceivedOn <= last
                && (a.ConcludedOn == null || a.ConcludedOn >= first))
            .Select(a => new ReportCase(a.Id, a.Applicant.Type, a.ReceivedOn, a.ConcludedOn, a.Outcome))
            .ToListAsync(cancellation).ConfigureAwait(false);
        var report = new AnnualReport(ReportFormats.ForYear(year), year, agencyName);
        report.SectionsFound.Add(Section);
        return ReportCounting.Fill(report, cases);
    }

    // R-SECTIONS would only say that the sections this compiler leaves to others are missing, which is known.
    private static void Check(AnnualReport report, AnnualReport? previous)
    {
        report.Findings.Clear();
        report.Findings.AddRange(ReportChecker.Check(report, previous).Where(f => f.Rule != "R-SECTIONS"));
    }
}
