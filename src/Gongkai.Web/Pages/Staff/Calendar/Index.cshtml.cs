using Gongkai.Data;
using Gongkai.Deadlines;
using Gongkai.Staff;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Staff.Calendar;

/// <summary>
/// 节假日安排: the years the deadlines are counted on, and loading a new year's State Council notice (its text as
/// published, or our JSON file) through a preview of what it sets and which open cases' dates it moves, then a confirmation.
/// Administrators only; a refusal writes nothing.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class IndexModel(GongkaiDbContext db, CalendarStore store, CalendarImport import) : PageModel
{
    private const long MaxUpload = 64 * 1024;

    public IReadOnlyList<LoadedYear> Years { get; private set; } = [];

    public CalendarYear? Preview { get; private set; }

    public IReadOnlyList<PreviewRow> Changes { get; private set; } = [];

    /// <summary>The previewed year as JSON, posted back on confirmation and checked again there.</summary>
    public string? PreviewJson { get; private set; }

    public string? PreviewSource { get; private set; }

    public string? Refusal { get; private set; }

    [BindProperty(SupportsGet = true)]
    public int? Loaded { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Changed { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation) =>
        await AdministratorAsync(cancellation) is null ? Refused() : Show();

    public async Task<IActionResult> OnPostPreviewAsync(string? noticeText, IFormFile? upload, CancellationToken cancellation)
    {
        if (await AdministratorAsync(cancellation) is null)
            return Refused();
        try
        {
            var (year, source) = await ReadAsync(noticeText, upload, cancellation);
            var changes = await import.PreviewAsync(year, cancellation);
            var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellation);
            Preview = year;
            PreviewJson = CalendarYearFile.ToJson(year);
            PreviewSource = source;
            Changes = [.. changes.Select(c => new PreviewRow(c.TrackingNumber, agencies.GetValueOrDefault(c.AgencyId, ""), c.After.ChangesFrom(c.Before)))];
        }
        catch (CalendarFileException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }
        return Show();
    }

    public async Task<IActionResult> OnPostImportAsync(string? yearJson, string? source, CancellationToken cancellation)
    {
        if (await AdministratorAsync(cancellation) is not { } user)
            return Refused();
        try
        {
            var year = CalendarYearFile.Parse(yearJson ?? "", "预览中的安排");
            var result = await import.ImportAsync(year, source is { Length: > 0 } s ? s : "节假日安排页面", user, cancellation);
            return Redirect($"/staff/calendar?loaded={year.Year}&changed={result.Changes.Count}");
        }
        catch (CalendarFileException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError(string.Empty, "保存失败，未载入该年安排，请重试");
        }
        return Show();
    }

    private PageResult Show()
    {
        Years = [.. store.Current.Years.Reverse().Select(y => new LoadedYear(y, store.IsFromFile(y.Year) ? "导入" : "内置"))];
        return Page();
    }

    private PageResult Refused()
    {
        Refusal = "节假日安排只能由系统管理员载入和查看";
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }

    private async Task<StaffUser?> AdministratorAsync(CancellationToken cancellation)
    {
        var user = await StaffUserPrincipal.FindAsync(db, User, cancellation);
        return user is { Disabled: false } && user.Roles.HasFlag(StaffRoles.Administrator) ? user : null;
    }

    private static async Task<(CalendarYear Year, string Source)> ReadAsync(string? noticeText, IFormFile? upload, CancellationToken cancellation)
    {
        if (upload is { Length: > 0 })
        {
            if (upload.Length > MaxUpload)
                throw new CalendarFileException($"文件 {upload.FileName} 过大（一个年度的安排不超过 64 KB）");
            using var reader = new StreamReader(upload.OpenReadStream());
            var text = await reader.ReadToEndAsync(cancellation);
            var name = Path.GetFileName(upload.FileName);
            return (CalendarYearFile.ParseFile(text, name),
                CalendarYearFile.IsJsonFile(name) ? $"节假日安排页面：上传文件 {name}" : $"节假日安排页面：上传通知全文 {name}");
        }
        if (string.IsNullOrWhiteSpace(noticeText))
            throw new CalendarFileException("请粘贴通知全文，或选择一个节假日安排 JSON 文件");
        return (HolidayNoticeText.Parse(noticeText), "节假日安排页面：粘贴的通知全文");
    }

    public sealed record LoadedYear(CalendarYear Year, string Origin);

    public sealed record PreviewRow(string TrackingNumber, string Agency, IReadOnlyList<string> Changes);
}
