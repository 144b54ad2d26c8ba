using Gongkai.Data;
using Gongkai.Remedies;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Staff.Remedies;

/// <summary>One reconsideration or litigation record as the lists show it, with the tracking number of its case.</summary>
public sealed record RemedyRow(
    long Id, string TrackingNumber, RemedyKind Kind, string Body, string CaseNumber, DateOnly FiledOn, RemedyResult Result, DateOnly? DecidedOn)
{
    /// <summary>
    /// The records of one agency only, so no list can show another agency's record, narrowed by <paramref name="narrow"/>
    /// before the projection (which the database cannot filter through).
    /// </summary>
    public static IQueryable<RemedyRow> Of(GongkaiDbContext db, int agencyId, Func<IQueryable<RemedyRecord>, IQueryable<RemedyRecord>>? narrow = null) =>
        from r in (narrow ?? (q => q))(db.Remedies.AsNoTracking().Where(r => r.AgencyId == agencyId))
        join a in db.Applications on r.ApplicationId equals a.Id
        orderby r.FiledOn descending, r.Id descending
        select new RemedyRow(r.Id, a.TrackingNumber, r.Kind, r.Body, r.CaseNumber, r.FiledOn, r.Result, r.DecidedOn);

    public static string Path(long id) => $"/staff/remedies/{id}";
}
