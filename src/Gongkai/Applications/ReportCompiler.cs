using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Checks;
using Gongkai.AnnualReports.Formats;
using Gongkai.Data;
using Gongkai.Publishing;
using Gongkai.Remedies;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Applications;

/// <summary>
/// Compiles section 三 of an agency's (or the whole district's) annual report live from the cases and checks it,
/// counting in the database (<see cref="ReportCounting.GroupIn"/>) so that the cost follows the number of figures, not
/// of cases; the cases behind a figure are fetched when asked for (<see cref="CaseIdsAsync"/>).
/// Section 四 is filled from the reconsideration and litigation records by <see cref="RemedyCounting"/>, section 二
/// from the document registry and the figures entered from other systems by <see cref="ProactiveCounting"/>; the
/// narrative sections are the agency's to write. The year before is compiled too, so S3-CARRY proves that 上年结转
/// equals last year's 结转下年度.
/// </summary>
public static class ReportCompiler
{
    /// <summary>The sections this compiler fills.</summary>
    public const string Section = "s3";

    /// <summary>The agency's report, or null if no agency has <paramref name="agencyCode"/>.</summary>
    public static async Task<AnnualReport?> CompileAsync(GongkaiDbContext db, string agencyCode, int year, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Code == agencyCode)
            .Select(a => new { a.Id, a.Name }).SingleOrDefaultAsync(cancellation).ConfigureAwait(false);
        if (agency is null)
            return null;
        int id = agency.Id;
        var cases = db.Applications.Where(a => a.AgencyId == id);
        var report = Report(agency.Name, year, (await GroupsAsync(cases, year, cancellation).ConfigureAwait(false))[id]);
        await RemedyCounting.FillAsync(db, [id], report, cancellation).ConfigureAwait(false);
        await ProactiveCounting.FillAsync(db, [id], report, cancellation).ConfigureAwait(false);
        var previous = HasPreviousYear(year)
            ? Report(agency.Name, year - 1, (await GroupsAsync(cases, year - 1, cancellation).ConfigureAwait(false))[id])
            : null;
        Check(report, previous);
        return report;
    }

    /// <summary>
    /// The district's report, named after its government (the agency without a parent): one grouped query per year
    /// for all agencies, each agency's part filled and checked as <see cref="CompileAsync"/> would, and kept under the
    /// sum as <see cref="ReportMerger"/> keeps them.
    /// </summary>
    public static async Task<AnnualReport> CompileDistrictAsync(GongkaiDbContext db, int year, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.ParentId, a.Name }).ToListAsync(cancellation).ConfigureAwait(false);
        if (agencies.Count == 0)
            throw new InvalidValueException("本辖区还没有机关，无法汇总");
        var groups = await GroupsAsync(db.Applications, year, cancellation).ConfigureAwait(false);
        var before = HasPreviousYear(year) ? await GroupsAsync(db.Applications, year - 1, cancellation).ConfigureAwait(false) : null;

        var parts = agencies.ToDictionary(a => a.Id, a => Report(a.Name, year, groups[a.Id]));
        // The sum counted straight from all groups is what ReportMerger.Merge(parts) gives for these tables, at a
        // fraction of the cost over thousands of parts; the parts are kept as Merge keeps them.
        var name = agencies.FirstOrDefault(a => a.ParentId is null)?.Name ?? "本辖区";
        var merged = Report(name, year, groups.Where(g => parts.ContainsKey(g.Key)).SelectMany(g => g));
        await RemedyCounting.FillDistrictAsync(db, parts, merged, cancellation).ConfigureAwait(false);
        await ProactiveCounting.FillDistrictAsync(db, parts, merged, cancellation).ConfigureAwait(false);
        foreach (var agency in agencies)
            Check(parts[agency.Id], before is null ? null : Report(agency.Name, year - 1, before[agency.Id]));
        merged.Parts.AddRange(parts.Values);
        Check(merged, null);
        return merged;
    }

    /// <summary>
    /// The ids of the cases behind one figure of the agency's section 三, ascending: the agency's cases of the year
    /// loaded and bucketed by <see cref="ReportCounting"/>, the rule the compiled figure was counted by.
    /// </summary>
    public static async Task<IReadOnlyList<long>> CaseIdsAsync(
        GongkaiDbContext db, int agencyId, int year, string row, string column, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        var cases = await ReportCounting.InYear(db.Applications.AsNoTracking().Where(a => a.AgencyId == agencyId), year)
            .Select(a => new ReportCase(a.Id, a.Applicant.Type, a.ReceivedOn, a.ConcludedOn, a.Outcome))
            .ToListAsync(cancellation).ConfigureAwait(false);
        return ReportCounting.Count(cases, year, ReportFormats.ForYear(year).Id).Cases(row, column);
    }

    private static bool HasPreviousYear(int year) => ReportFormats.All.Any(f => f.AppliesTo(year - 1));

    private static async Task<ILookup<int, CaseGroup>> GroupsAsync(
        IQueryable<DisclosureApplication> cases, int year, CancellationToken cancellation) =>
        (await ReportCounting.GroupIn(cases.AsNoTracking(), year).ToListAsync(cancellation).ConfigureAwait(false))
            .ToLookup(g => g.AgencyId);

    private static AnnualReport Report(string agencyName, int year, IEnumerable<CaseGroup> groups)
    {
        var report = new AnnualReport(ReportFormats.ForYear(year), year, agencyName);
        report.SectionsFound.Add(Section);
        ReportCounting.Fill(report, groups);
        return report;
    }

    // R-SECTIONS would only say that the sections this compiler leaves to others are missing, which is known.
    private static void Check(AnnualReport report, AnnualReport? previous)
    {
        report.Findings.Clear();
        report.Findings.AddRange(ReportChecker.Check(report, previous).Where(f => f.Rule != "R-SECTIONS"));
    }
}
