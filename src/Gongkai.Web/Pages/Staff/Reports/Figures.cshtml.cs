using System.Globalization;
using Gongkai.AnnualReports.Formats;
using Gongkai.Data;
using Gongkai.Publishing;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Staff.Reports;

/// <summary>
/// 第二部分其他系统数据: the yearly figures of section 二 that live in other systems, entered under the year's format's
/// own labels (each input is named table|row|column); section 二's first table is compiled from the registry instead.
/// </summary>
public sealed class FiguresModel(GongkaiDbContext db, PublishingWorkflow workflow) : PageModel
{
    public int Year { get; private set; }

    public ReportFormat Format { get; private set; } = null!;

    public IReadOnlyDictionary<string, string> Values { get; private set; } = new Dictionary<string, string>();

    public static string Key(TableDefinition table, RowDefinition row, ColumnDefinition column)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(column);
        return $"{table.Id}|{row.Id}|{column.Id}";
    }

    public async Task<IActionResult> OnGetAsync(int? year, CancellationToken cancellation)
    {
        var user = await StaffReport.UserAsync(db, User, cancellation);
        if (user is null)
            return Challenge();
        Year = year ?? StaffReport.DefaultYear(db);
        if (!StaffReport.ValidYear(db, Year))
            return BadRequest($"年度应在 {StaffReport.FirstYear} 年至今年之间");
        Format = ReportFormats.ForYear(Year);
        int agencyId = user.AgencyId, y = Year;
        Values = (await db.ReportFigures.AsNoTracking().Where(f => f.AgencyId == agencyId && f.Year == y).ToListAsync(cancellation))
            .ToDictionary(f => $"{f.TableId}|{f.RowId}|{f.ColumnId}", f => f.Value.ToString("0.####", CultureInfo.InvariantCulture));
        return Page();
    }

    public Task<IActionResult> OnPostAsync(int year, CancellationToken cancellation) =>
        StaffFormPost.RunAsync(this, db, async u =>
        {
            if (!StaffReport.ValidYear(db, year))
                throw new WorkflowRuleException("figures.year", $"年度应在 {StaffReport.FirstYear} 年至今年之间");
            var values = new Dictionary<(string, string, string), decimal?>();
            foreach (var (table, row, column) in ProactiveCounting.EnteredCells(ReportFormats.ForYear(year)))
            {
                var text = Request.Form[Key(table, row, column)].ToString().Trim();
                if (text.Length == 0)
                    values[(table.Id, row.Id, column.Id)] = null;
                else if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var v))
                    values[(table.Id, row.Id, column.Id)] = v;
                else
                    throw new WorkflowRuleException("figures.not-a-number", $"「{row.Label}·{column.Label}」应填写数字");
            }

            await workflow.SetFiguresAsync(u, year, values, cancellation);
        }, $"/staff/reports?year={year}#s2", () => OnGetAsync(year, cancellation), cancellation);
}
