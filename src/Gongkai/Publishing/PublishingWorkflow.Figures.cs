using Gongkai.AnnualReports.Formats;
using Gongkai.Auditing;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Publishing;

public sealed partial class PublishingWorkflow
{
    /// <summary>
    /// Stores the year's section 二 figures from other systems, by the head of the office or an administrator: every
    /// cell the year's format offers (<see cref="ProactiveCounting.EnteredCells"/>), a null clearing it. Counts are whole
    /// and not negative, except a signed 本年增/减; amounts keep four decimals.
    /// </summary>
    public async Task SetFiguresAsync(StaffUser actor, int year, IReadOnlyDictionary<(string Table, string Row, string Column), decimal?> values,
        CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(values);
        if (!actor.Roles.HasFlag(StaffRoles.OfficeHead) && !actor.Roles.HasFlag(StaffRoles.Administrator))
            throw new WorkflowRuleException("figures.role-required", "填报年度数据需要公开办负责人或系统管理员角色");
        var cells = ProactiveCounting.EnteredCells(ReportFormats.ForYear(year)).ToList();
        foreach (var (key, value) in values)
        {
            var cell = cells.SingleOrDefault(c => (c.Table.Id, c.Row.Id, c.Column.Id) == key);
            if (cell.Table is null)
                throw new WorkflowRuleException("figures.unknown-cell", $"{year} 年度的报告格式没有这一栏");
            if (value is not { } v)
                continue;
            var label = $"{cell.Row.Label}·{cell.Column.Label}";
            if (cell.Column.Type is CellType.Count or CellType.SignedCount && v != decimal.Truncate(v))
                throw new WorkflowRuleException("figures.whole-number", $"「{label}」应为整数");
            if (cell.Column.Type != CellType.SignedCount && v < 0)
                throw new WorkflowRuleException("figures.negative", $"「{label}」不能为负数");
            if (decimal.Round(v, 4) != v)
                throw new WorkflowRuleException("figures.decimals", $"「{label}」最多保留四位小数");
        }

        var stored = await db.ReportFigures.Where(f => f.AgencyId == actor.AgencyId && f.Year == year).ToListAsync(cancellation).ConfigureAwait(false);
        foreach (var (key, value) in values)
        {
            var row = stored.SingleOrDefault(f => (f.TableId, f.RowId, f.ColumnId) == key);
            if (value is null && row is not null)
                db.ReportFigures.Remove(row);
            else if (value is { } v && row is null)
                db.ReportFigures.Add(new ReportFigure(actor.AgencyId, year, key.Table, key.Row, key.Column, v));
            else if (value is { } changed && row is not null)
                row.Value = changed;
        }

        db.Audit(actor, AuditActions.ReportFiguresSet, new AuditTarget("report", $"{actor.Agency.Code}/{year}"),
            summary: $"{year} 年度第二部分其他系统数据，填报 {values.Count(v => v.Value is not null)} 项");
        await SaveAsync(cancellation).ConfigureAwait(false);
    }
}
