using System.Globalization;
using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Batch;
using Gongkai.AnnualReports.Import;
using Gongkai.Documents;
using Gongkai.Web.Abuse;
using Gongkai.Web.Reports;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Api;

/// <summary>
/// /api/reports: check a published report, keep it, and render it in the official layout.
/// POST   /api/reports/audit            a report file in, the report with its findings out (nothing kept)
/// POST   /api/reports/audits           several report files in (multipart), one row per report out (nothing kept)
/// POST   /api/reports/render?to=docx   a report file (or the JSON form) in, the rendered document out
/// POST   /api/reports                  a report file in, checked and kept; 201 with its id and links (428 with a
///                                      challenge past the client's threshold, 503 when today's quota is used up)
/// POST   /api/reports/{id}/share       长期保留: the kept report is no longer deleted after its days
/// GET    /api/reports/{id}             the kept report with its findings (JSON form)
/// GET    /api/reports/{id}/file?to=pdf the kept report rendered
/// </summary>
public static class ReportsApi
{
    public static void MapReportsApi(this IEndpointRouteBuilder app)
    {
        // Machines post files here without a browser session, so there is no antiforgery token to check.
        var reports = app.MapGroup("/api/reports").DisableAntiforgery();
        // The bodies are counted as they arrive and refused past Gongkai:MaxReportBytes with a Chinese 413, and uploads
        // are parsed (and one kind kept) for anyone, so they count against the client's hourly limit.
        reports.MapPost("/audit", AuditReport).WithMetadata(new UploadLimitAttribute()).RequireRateLimiting(ClientLimits.ReportUploads);
        reports.MapPost("/audits", AuditReports).WithMetadata(new UploadLimitAttribute()).RequireRateLimiting(ClientLimits.ReportUploads);
        reports.MapPost("/render", RenderReport).WithMetadata(new UploadLimitAttribute()).RequireRateLimiting(ClientLimits.ReportUploads);
        reports.MapPost("/", KeepReport).WithMetadata(new UploadLimitAttribute()).RequireRateLimiting(ClientLimits.ReportUploads);
        reports.MapPost("/{id}/share", ShareReport);
        reports.MapGet("/{id}", GetReport);
        reports.MapGet("/{id}/file", GetReportFile);
    }

    private static async Task<IResult> AuditReport(
        HttpRequest request, IOptions<GongkaiOptions> options, IOptions<ImportLimits> limits, CancellationToken cancellation)
    {
        var upload = await ReportUpload.ReadAsync(request, options.Value.MaxReportBytes, cancellation);
        return upload.Problem ?? Run(upload, limits.Value, report => Results.Text(ReportJson.Write(report), "application/json; charset=utf-8"), cancellation);
    }

    /// <summary>
    /// A batch, as `gongkai report audit --json` writes it: an unreadable file is a row with its reason, and an
    /// agency's consecutive years are checked against each other (S3-CARRY).
    /// </summary>
    private static async Task<IResult> AuditReports(
        HttpRequest request, IOptions<GongkaiOptions> options, IOptions<ImportLimits> limits, CancellationToken cancellation)
    {
        var maxBytes = options.Value.MaxReportBytes;
        if (request.ContentLength > maxBytes || !request.HasFormContentType)
        {
            return FileProblem(request.HasFormContentType ? $"所选文件过大，合计最多 {maxBytes / 1024 / 1024} MB" : "请以 multipart/form-data 上传报告文件");
        }

        var form = await request.ReadFormAsync(cancellation);
        var (inputs, problem) = await ReportUploads.ReadAsync(form.Files, maxBytes, cancellation);
        if (problem is not null)
        {
            return FileProblem(problem);
        }

        var rows = ReportBatch.Audit(inputs, limits: limits.Value, cancellation: cancellation).Select(AuditRowJson.Write);
        return Results.Text("[\n" + string.Join(",\n", rows) + "\n]\n", "application/json; charset=utf-8");
    }

    private static IResult FileProblem(string message) => Results.ValidationProblem(
        new Dictionary<string, string[]> { ["files"] = [message] }, title: "报告文件有误");

    private static async Task<IResult> RenderReport(
        HttpRequest request, string? to, IOptions<GongkaiOptions> options, IOptions<ImportLimits> limits, CancellationToken cancellation)
    {
        if (OutputFormats.Parse(to) is not { } format)
        {
            return UnknownFormat(to);
        }

        var upload = await ReportUpload.ReadAsync(request, options.Value.MaxReportBytes, cancellation);
        return upload.Problem ?? Run(upload, limits.Value, report => File(report, format), cancellation);
    }

    private static async Task<IResult> KeepReport(
        HttpRequest request, ReportStore store, SubmissionGuard guard, IOptions<GongkaiOptions> options,
        IOptions<ImportLimits> limits, TimeProvider time, CancellationToken cancellation)
    {
        if (guard.AdmitApi(SubmissionKind.ReportUpload, request.HttpContext) is { IsAdmitted: false } refused)
        {
            return ChallengeProblem.For(refused);
        }

        var upload = await ReportUpload.ReadAsync(request, options.Value.MaxReportBytes, cancellation);
        if (upload.Problem is not null)
        {
            return upload.Problem;
        }

        AnnualReport report;
        try
        {
            report = ReportAudit.Run(upload.FileName, upload.Content, limits.Value, cancellation);
        }
        catch (ReportImportException e)
        {
            return Unreadable(e);
        }

        if (await store.SaveAsync(report, cancellation) is not { } id)
        {
            return QuotaUsedUp(request.HttpContext, time);
        }

        return TypedResults.Created($"/api/reports/{id}", KeptReport.From(id, report));
    }

    private static async Task<IResult> ShareReport(string id, ReportStore store, CancellationToken cancellation) =>
        await store.ShareAsync(id, cancellation) ? Results.Ok(new { id, shared = true }) : Results.NotFound();

    // The quota is everyone's, so the answer is "come back tomorrow" (Beijing time), and where to check without keeping.
    private static IResult QuotaUsedUp(HttpContext context, TimeProvider time)
    {
        context.Response.Headers.RetryAfter = ReportStore.SecondsUntilTomorrow(time).ToString(CultureInfo.InvariantCulture);
        return Results.Problem(title: "今日可保存的报告已满", detail: ReportStore.QuotaUsedUp + "只检查不保存可用 POST /api/reports/audit。",
            statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<Results<ContentHttpResult, NotFound>> GetReport(string id, ReportStore store, CancellationToken cancellation) =>
        await store.FindAsync(id, cancellation) is { } report
            ? TypedResults.Text(ReportJson.Write(report), "application/json; charset=utf-8")
            : TypedResults.NotFound();

    private static async Task<IResult> GetReportFile(
        string id, string? to, bool? inline, ReportStore store, HttpResponse response, CancellationToken cancellation)
    {
        if (OutputFormats.Parse(to) is not { } format)
        {
            return UnknownFormat(to);
        }

        if (await store.FindAsync(id, cancellation) is not { } report)
        {
            return Results.NotFound();
        }

        // Inline (no download name) lets the checking page show the HTML layout in a frame, sandboxed. Every other
        // format is a download, so a Markdown or JSON file carrying a <script> is never shown as a page.
        if (inline != true || format != OutputFormat.Html)
            return File(report, format);
        SecurityHeaders.AllowInOwnFrame(response);
        return Results.File(ReportRenderer.Render(report, format), ReportRenderer.ContentType(format));
    }

    /// <summary>Reads within the limits; the request's cancellation stops the reading when the client goes.</summary>
    private static IResult Run(ReportUpload upload, ImportLimits limits, Func<AnnualReport, IResult> respond, CancellationToken cancellation)
    {
        try
        {
            return respond(ReportAudit.Run(upload.FileName, upload.Content, limits, cancellation));
        }
        catch (ReportImportException e)
        {
            return Unreadable(e);
        }
    }

    private static IResult File(AnnualReport report, OutputFormat format) => Results.File(
        ReportRenderer.Render(report, format),
        ReportRenderer.ContentType(format),
        OutputFormats.DownloadName(report, format));

    private static IResult Unreadable(ReportImportException e) => Results.Problem(
        title: e is ImportLimitException ? "报告超出读取上限" : "无法读取报告", detail: e.Message, statusCode: StatusCodes.Status400BadRequest);

    private static IResult UnknownFormat(string? to) => Results.ValidationProblem(
        new Dictionary<string, string[]> { ["to"] = [$"不支持的格式「{to}」，可选 html、docx、xlsx、pdf、md、json"] },
        title: "参数有误");
}
