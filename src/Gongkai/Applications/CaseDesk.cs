using System.Globalization;
using System.Linq.Expressions;
using Gongkai.Data;
using Gongkai.Deadlines;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Applications;

/// <summary>
/// 案件台账: the reads behind the desk (/staff/cases), its API and the XLSX ledger. Open cases are loaded whole and
/// their clocks counted in memory (an agency has a few hundred at most), so they sort by due date and filter on it;
/// any other listing is filtered, counted and paged in the database. One predicate serves both ways, so a filter
/// means the same on SQLite, on PostgreSQL and in memory.
/// </summary>
public sealed class CaseDesk(GongkaiDbContext db, WorkdayCalendar calendar, TimeProvider time)
{
    public const int PageSize = 25;

    /// <summary>The most rows one 台账 export holds; a filter narrows a larger one.</summary>
    public const int MaxLedgerRows = 20000;

    public async Task<CaseDeskResult> ListAsync(int agencyId, CaseDeskFilter filter, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var today = ChinaTime.Today(time);
        var names = await HandlerNamesAsync(agencyId, cancellation).ConfigureAwait(false);
        var scope = Scope(agencyId, filter);
        var open = (await scope.Where(a => a.ConcludedOn == null).ToListAsync(cancellation).ConfigureAwait(false))
            .Select(a => (Case: a, Row: Row(a, names, today))).ToList();
        var counts = new CaseDeskCounts(
            open.Count(o => Matches(o.Row, CaseDeskClock.Overdue, today)),
            open.Count(o => Matches(o.Row, CaseDeskClock.DueThisWeek, today)),
            open.Count(o => Matches(o.Row, CaseDeskClock.AwaitingConfirmation, today)),
            open.Count(o => Matches(o.Row, CaseDeskClock.LetterNotConfirmed, today)));

        if (InMemory(filter))
        {
            var rows = OpenRows(open, filter, today);
            var (page, pages) = PageOf(filter.Page, rows.Count);
            return new CaseDeskResult([.. rows.Skip((page - 1) * PageSize).Take(PageSize)], rows.Count, page, pages, counts, ByChannel(rows));
        }

        var query = scope.Where(Predicate(filter));
        var total = await query.CountAsync(cancellation).ConfigureAwait(false);
        var byChannel = (await query.GroupBy(a => a.Channel).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellation).ConfigureAwait(false)).Select(g => (g.Key, g.Count));
        var (number, count) = PageOf(filter.Page, total);
        var cases = await Newest(query).Skip((number - 1) * PageSize).Take(PageSize).ToListAsync(cancellation).ConfigureAwait(false);
        return new CaseDeskResult([.. cases.Select(a => Row(a, names, today))], total, number, count, counts,
            [.. byChannel.OrderBy(c => c.Key)]);
    }

    /// <summary>Every case the filter matches, in the desk's order, for the 台账; at most <see cref="MaxLedgerRows"/>.</summary>
    public async Task<IReadOnlyList<CaseDeskRow>> LedgerAsync(int agencyId, CaseDeskFilter filter, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var today = ChinaTime.Today(time);
        var names = await HandlerNamesAsync(agencyId, cancellation).ConfigureAwait(false);
        var scope = Scope(agencyId, filter);
        if (InMemory(filter))
        {
            var open = (await scope.Where(a => a.ConcludedOn == null).ToListAsync(cancellation).ConfigureAwait(false))
                .Select(a => (Case: a, Row: Row(a, names, today))).ToList();
            return [.. OpenRows(open, filter, today).Take(MaxLedgerRows)];
        }
        var cases = await Newest(scope.Where(Predicate(filter))).Take(MaxLedgerRows).ToListAsync(cancellation).ConfigureAwait(false);
        return [.. cases.Select(a => Row(a, names, today))];
    }

    /// <summary>Whether a row passes a clock filter on <paramref name="today"/>.</summary>
    public static bool Matches(CaseDeskRow row, CaseDeskClock clock, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(row);
        return clock switch
        {
            CaseDeskClock.Overdue => row.Overdue,
            CaseDeskClock.DueThisWeek => !row.Overdue && row.DueDates.Reply is { } due && due >= today && due <= EndOfWeek(today),
            CaseDeskClock.AtRisk => row.AtRisk,
            CaseDeskClock.AwaitingConfirmation => row.Status == ApplicationStatus.AwaitingConfirmation,
            CaseDeskClock.LetterNotConfirmed => LetterLate(row.Status, row.Channel, row.ArrivedOn, today),
            CaseDeskClock.Paused => row.Paused is not null,
            CaseDeskClock.ExtensionRequested => row.ExtensionRequested,
        };
    }

    /// <summary>The Sunday that ends the week of <paramref name="today"/> (weeks run Monday to Sunday).</summary>
    public static DateOnly EndOfWeek(DateOnly today) => today.AddDays((7 - (int)today.DayOfWeek) % 7);

    // The open listing runs in memory when the cases' clocks decide it: their order or a clock filter.
    private static bool InMemory(CaseDeskFilter filter) =>
        filter.Clock is not null || filter.State == CaseDeskState.Open
        || (filter.State == CaseDeskState.Status && filter.Status is { } status && !IsConcludedStatus(status));

    private static bool IsConcludedStatus(ApplicationStatus status) =>
        status is ApplicationStatus.Replied or ApplicationStatus.Delivered or ApplicationStatus.Closed;

    private static List<CaseDeskRow> OpenRows(List<(DisclosureApplication Case, CaseDeskRow Row)> open, CaseDeskFilter filter, DateOnly today)
    {
        var predicate = Predicate(filter).Compile();
        // Receipts to confirm come first: an ordinary letter is to be confirmed the day it arrives (Art. 31 (二)), and the
        // clock of the others cannot start before. Cases awaiting a correction have no due date and come last.
        return [.. open.Where(o => predicate(o.Case) && (filter.Clock is not { } clock || Matches(o.Row, clock, today)))
            .Select(o => o.Row)
            .OrderBy(r => r.Status != ApplicationStatus.AwaitingConfirmation)
            .ThenBy(r => r.DueDates.Reply ?? DateOnly.MaxValue)
            .ThenBy(r => r.TrackingNumber, StringComparer.Ordinal)];
    }

    private IQueryable<DisclosureApplication> Scope(int agencyId, CaseDeskFilter filter)
    {
        var scope = db.Applications.AsNoTracking().Where(a => a.AgencyId == agencyId);
        if (filter.Unassigned)
            return scope.Where(a => a.HandlerId == null);
        return filter.HandlerId is { } handler ? scope.Where(a => a.HandlerId == handler) : scope;
    }

    private static IQueryable<DisclosureApplication> Newest(IQueryable<DisclosureApplication> query) =>
        query.OrderByDescending(a => a.ArrivedAt).ThenByDescending(a => a.TrackingNumber);

    // Everything but the clock: translated by EF Core for the database, compiled for the open cases in memory.
    private static Expression<Func<DisclosureApplication, bool>> Predicate(CaseDeskFilter filter)
    {
        Expression<Func<DisclosureApplication, bool>> all = a => true;
        var predicate = all;
        predicate = filter.State switch
        {
            CaseDeskState.Open => And(predicate, a => a.ConcludedOn == null),
            CaseDeskState.Concluded => And(predicate, a => a.ConcludedOn != null),
            CaseDeskState.Status when filter.Status is { } status => And(predicate, a => a.Status == status),
            _ => predicate,
        };
        if (filter.Channel is { } channel)
            predicate = And(predicate, a => a.Channel == channel);
        if (filter.Outcome is { Length: > 0 } outcome)
            predicate = And(predicate, a => a.Outcome == outcome);
        if (filter.Year is { } year)
        {
            var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            var (from, to) = (ChinaTime.ToUtc(first, TimeOnly.MinValue), ChinaTime.ToUtc(first.AddYears(1), TimeOnly.MinValue));
            predicate = And(predicate, a => (a.ReceivedOn != null && a.ReceivedOn >= first && a.ReceivedOn <= last)
                || (a.ReceivedOn == null && a.ArrivedAt >= from && a.ArrivedAt < to));
        }
        if (filter.Search?.Trim() is { Length: > 0 } term)
        {
            var number = term.ToUpperInvariant();
            predicate = And(predicate, a => a.TrackingNumber.Contains(number) || a.Applicant.Name.Contains(term)
                || a.Request.Description.Contains(term));
        }
        return predicate;
    }

    private static Expression<Func<DisclosureApplication, bool>> And(
        Expression<Func<DisclosureApplication, bool>> left, Expression<Func<DisclosureApplication, bool>> right)
    {
        var body = new ParameterReplacer(right.Parameters[0], left.Parameters[0]).Visit(right.Body);
        return Expression.Lambda<Func<DisclosureApplication, bool>>(Expression.AndAlso(left.Body, body), left.Parameters);
    }

    private CaseDeskRow Row(DisclosureApplication a, IReadOnlyDictionary<int, string> names, DateOnly today)
    {
        ClockExplanation? clock = null;
        int? missingYear = null;
        try
        {
            clock = CaseClock.Explain(a, calendar, today);
        }
        catch (CalendarYearMissingException e)
        {
            missingYear = e.Year;
        }
        var arrivedOn = ChinaTime.ToStatutoryDate(a.ArrivedAt);
        return new CaseDeskRow(a.TrackingNumber, a.Applicant.Name, a.Applicant.Type, a.Request.Description,
            a.HandlerId, a.HandlerId is { } id ? names.GetValueOrDefault(id) : null, a.Channel, a.Status, arrivedOn, a.ReceivedOn,
            new CaseDueDates(clock?.Due, [], missingYear), clock?.WorkdaysLeft, clock?.Overdue == true, clock?.AtRisk == true,
            Paused(a, clock), Flag(a, clock, arrivedOn, today), a.PendingExtension is not null, a.Outcome, a.ConcludedOn, a.Version);
    }

    private static string? Paused(DisclosureApplication a, ClockExplanation? clock)
    {
        if (a.Status == ApplicationStatus.AwaitingCorrection)
            return $"待补正：{Text(a.Correction!.RequestedOn)} 告知补正，收到补正之日起重新计算答复期限（条例第三十条）";
        return clock?.Paused is { } pause ? $"{pause.Reason}：自 {Text(pause.From)} 起暂停计时（条例第三十三条第三款）" : null;
    }

    private static string? Flag(DisclosureApplication a, ClockExplanation? clock, DateOnly arrivedOn, DateOnly today)
    {
        if (a.Status == ApplicationStatus.AwaitingConfirmation)
        {
            if (a.Channel != Channel.OrdinaryLetter)
                return "待确认收到";
            return arrivedOn < today ? "未于到达当日确认" : "须于今日确认收到";
        }
        return clock switch
        {
            { Overdue: true } => "已超期",
            { AtRisk: true } => "即将到期",
            _ => null,
        };
    }

    // Art. 31 (二): an ordinary letter is confirmed with the applicant on the day it arrives; a day later it is late.
    private static bool LetterLate(ApplicationStatus status, Channel channel, DateOnly arrivedOn, DateOnly today) =>
        status == ApplicationStatus.AwaitingConfirmation && channel == Channel.OrdinaryLetter && arrivedOn < today;

    private Task<Dictionary<int, string>> HandlerNamesAsync(int agencyId, CancellationToken cancellation) =>
        db.StaffUsers.AsNoTracking().Where(u => u.AgencyId == agencyId).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellation);

    private static (int Page, int Pages) PageOf(int requested, int total)
    {
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        return (Math.Clamp(requested, 1, pages), pages);
    }

    private static List<(Channel Channel, int Count)> ByChannel(List<CaseDeskRow> rows) =>
        [.. rows.GroupBy(r => r.Channel).OrderBy(g => g.Key).Select(g => (g.Key, g.Count()))];

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
