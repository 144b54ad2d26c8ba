using System.Globalization;
using Gongkai.Applications;
using Gongkai.Auditing;
using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Gongkai.Deadlines;

/// <summary>
/// Loads a year's holiday arrangement for the page and the command line alike: counts every open case's dates on the
/// calendar in use and on the one with the new year, and in one transaction notes each moved case on its timeline and
/// in the audit trail together with the import itself; the year file is moved into place only before that commit, and
/// the running calendar replaced only after it, so a failed save leaves the file and the calendar as they were.
/// Cases of every agency are counted: the calendar is national.
/// </summary>
public sealed partial class CalendarImport(GongkaiDbContext db, CalendarStore store, TimeProvider time, ILogger<CalendarImport> logger)
{
    /// <summary>The timeline's actor for a year loaded with `gongkai calendar import` (no staff user signed in).</summary>
    public const long CommandLine = -1;

    private const int Attempts = 3;

    /// <summary>The open cases whose dates would move; writes nothing. A clash with a neighbouring year throws.</summary>
    public async Task<IReadOnlyList<DueDateChange>> PreviewAsync(CalendarYear year, CancellationToken cancellation)
    {
        var next = store.With(year);
        var cases = await db.Applications.AsNoTracking().Where(a => a.ConcludedOn == null)
            .OrderBy(a => a.TrackingNumber).ToListAsync(cancellation).ConfigureAwait(false);
        return [.. Moved(cases, store.Current, next).Select(m => m.Change)];
    }

    /// <summary>
    /// Loads the year: <paramref name="source"/> says where it came from (notice text, file name) for the audit trail;
    /// <paramref name="actor"/> is null for the command line. Administrators only.
    /// </summary>
    public async Task<CalendarImportResult> ImportAsync(CalendarYear year, string source, StaffUser? actor, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(year);
        if (actor is not null && !actor.Roles.HasFlag(StaffRoles.Administrator))
            throw new WorkflowRuleException("calendar.not-permitted", "只有系统管理员可以载入节假日安排");
        // A clash with a neighbouring year is refused before anything is written.
        _ = store.With(year);
        var path = WorkdayCalendar.YearFilePath(store.DataDirectory, year.Year);
        PrivateFiles.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".new";
        await File.WriteAllTextAsync(temporary, CalendarYearFile.ToJson(year), cancellation).ConfigureAwait(false);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await SaveAsync(year, source, actor, path, temporary, cancellation).ConfigureAwait(false);
                }
                catch (DbUpdateConcurrencyException) when (attempt < Attempts)
                {
                    // A case was changed by staff meanwhile: count again on what is stored now.
                    db.ChangeTracker.Clear();
                }
            }
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private async Task<CalendarImportResult> SaveAsync(
        CalendarYear year, string source, StaffUser? actor, string path, string temporary, CancellationToken cancellation)
    {
        var current = store.Current;
        var next = store.With(year);
        var cases = await db.Applications.Where(a => a.ConcludedOn == null)
            .OrderBy(a => a.TrackingNumber).ToListAsync(cancellation).ConfigureAwait(false);
        var moved = Moved(cases, current, next);
        var changes = moved.Select(m => m.Change).ToList();
        var title = year.Notices[0].Title;
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var (application, change) in moved)
        {
            application.RecordDueDatesRecounted(now, actor?.Id ?? CommandLine, change.Note(title));
            // The trail holds numbers and dates only: the consultation party stays on the case file.
            db.Audit(actor, AuditActions.DueDatesRecounted, new AuditTarget("application", change.TrackingNumber),
                summary: $"{title}载入，答复期限由 {change.Before.ReplyText} 变为 {change.After.ReplyText}", agencyId: change.AgencyId);
        }
        var replaced = File.Exists(path);
        db.Audit(actor, AuditActions.CalendarImported, new AuditTarget("calendar", year.Year.ToString(CultureInfo.InvariantCulture)),
            reason: source, summary: $"{title}（{year.Notices[0].DocumentNumber ?? "文号未载明"}）：{year.Holidays.Count} 个节假日、"
                + $"{year.MakeupWorkdays.Count} 个调休上班日，{changes.Count} 件未办结案件的期限随之变化");

        var previous = replaced ? await File.ReadAllBytesAsync(path, cancellation).ConfigureAwait(false) : null;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellation).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
        try
        {
            await transaction.CommitAsync(cancellation).ConfigureAwait(false);
        }
        catch
        {
            // The rows are gone, so the file goes back to what it was.
            if (previous is null)
                File.Delete(path);
            else
                await File.WriteAllBytesAsync(path, previous, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        store.Replace(next);
        LogImported(year.Year, changes.Count);
        return new CalendarImportResult(year, path, replaced, changes);
    }

    // Each moved case with its change, so the import writes on the case it counted without looking it up again.
    private List<(DisclosureApplication Application, DueDateChange Change)> Moved(
        List<DisclosureApplication> cases, WorkdayCalendar current, WorkdayCalendar next)
    {
        var today = ChinaTime.Today(time);
        var moved = new List<(DisclosureApplication, DueDateChange)>();
        foreach (var application in cases)
        {
            var before = CaseDueDates.Of(application, current, today);
            var after = CaseDueDates.Of(application, next, today);
            if (!after.SameAs(before))
                moved.Add((application, new(application.TrackingNumber, application.AgencyId, before, after)));
        }
        return moved;
    }

    [LoggerMessage(LogLevel.Information, "Holiday arrangement for {Year} loaded; {Changed} open cases' dates recounted")]
    private partial void LogImported(int year, int changed);
}
