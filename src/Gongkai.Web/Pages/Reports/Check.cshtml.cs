using System.Text;
using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Batch;
using Gongkai.AnnualReports.Import;
using Gongkai.Web.Abuse;
using Gongkai.Web.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Pages.Reports;

/// <summary>
/// The public checking page: upload or paste a report, then see it checked on its own page; or upload several and see
/// them in one table, a row per report (an agency's consecutive years checked against each other), each kept with a
/// link to its own page.
/// </summary>
[UploadLimit]
[EnableRateLimiting(ClientLimits.ReportUploads)]
public class CheckModel(ReportStore store, IOptions<GongkaiOptions> options, IOptions<ImportLimits> limits, SubmissionGuard guard)
    : PageModel
{
    public const int MaxTextLength = 2_000_000;

    [BindProperty]
    public List<IFormFile> Upload { get; set; } = [];

    /// <summary>The checked batch, each row with the id its report is kept under (none for a file that could not be read).</summary>
    public IReadOnlyList<(AuditRow Row, string? Id)> Rows { get; private set; } = [];

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? ChallengeToken { get; set; }

    [BindProperty]
    public string? ChallengeAnswer { get; set; }

    /// <summary>The question shown with the form, for a client past its threshold.</summary>
    public Challenge? PendingChallenge { get; private set; }

    public void OnGet() => PendingChallenge = guard.ForForm(SubmissionKind.ReportUpload, HttpContext);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        if (!Admitted())
            return Page();
        if (Upload.Count(f => f.Length > 0) > 1)
        {
            return await CheckManyAsync(cancellation);
        }

        return await ReadInputAsync(cancellation) is { } input ? await CheckAsync(input.Name, input.Content, cancellation) : Page();
    }

    private async Task<IActionResult> CheckManyAsync(CancellationToken cancellation)
    {
        var (inputs, problem) = await ReportUploads.ReadAsync(Upload, options.Value.MaxReportBytes, cancellation);
        if (problem is not null)
        {
            ModelState.AddModelError(nameof(Upload), problem + "。");
            return Page();
        }

        var results = new List<(AuditRow, string?)>();
        foreach (var row in ReportBatch.Audit(inputs, limits: limits.Value, cancellation: cancellation))
        {
            results.Add((row, row.Report is { } report ? await store.SaveAsync(report, cancellation) : null));
        }

        Rows = results;
        return Page();
    }

    /// <summary>Checks the bundled real report, so a first-time visitor sees a result at once.</summary>
    public async Task<IActionResult> OnPostSampleAsync(CancellationToken cancellation)
    {
        if (!Admitted())
            return Page();
        await using var stream = typeof(CheckModel).Assembly.GetManifestResourceStream("Gongkai.Web.sample-report.txt")
            ?? throw new InvalidOperationException("The sample report is missing from the build.");
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellation);
        return await CheckAsync("report-2019-nanmofang.txt", buffer.ToArray(), cancellation);
    }

    private async Task<IActionResult> CheckAsync(string name, byte[] content, CancellationToken cancellation)
    {
        try
        {
            var report = ReportAudit.Run(name, content, limits.Value, cancellation);
            if (await store.SaveAsync(report, cancellation) is { } id)
                return Redirect($"/reports/{id}");
            ModelState.AddModelError(string.Empty, ReportStore.QuotaUsedUp);
            return Page();
        }
        catch (ReportImportException e)
        {
            ModelState.AddModelError(string.Empty, $"无法读取这份报告：{e.Message}");
            return Page();
        }
    }

    // Each upload counts; past the threshold the form asks its question and nothing is read until it is answered.
    private bool Admitted()
    {
        if (guard.Admit(SubmissionKind.ReportUpload, HttpContext, ChallengeToken, ChallengeAnswer) is not { IsAdmitted: false } refused)
            return true;
        ModelState.AddModelError(string.Empty, refused.Message);
        PendingChallenge = refused.Challenge;
        return false;
    }

    private async Task<(string Name, byte[] Content)?> ReadInputAsync(CancellationToken cancellation)
    {
        if (Upload.FirstOrDefault(f => f.Length > 0) is { } upload)
        {
            if (upload.Length > options.Value.MaxReportBytes)
            {
                ModelState.AddModelError(nameof(Upload), $"文件过大，最多 {options.Value.MaxReportBytes / 1024 / 1024} MB。");
                return null;
            }

            using var buffer = new MemoryStream();
            await upload.CopyToAsync(buffer, cancellation);
            return (Path.GetFileName(upload.FileName), buffer.ToArray());
        }

        if (!string.IsNullOrWhiteSpace(Text))
        {
            if (Text.Length > MaxTextLength)
            {
                ModelState.AddModelError(nameof(Text), "粘贴的内容过长。");
                return null;
            }

            return ("粘贴的报告.txt", Encoding.UTF8.GetBytes(Text));
        }

        ModelState.AddModelError(string.Empty, "请上传报告文件，或粘贴报告全文。");
        return null;
    }
}
