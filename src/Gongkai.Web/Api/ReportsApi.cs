using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Import;
using Gongkai.Documents;
using Gongkai.Web.Reports;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Api;

/// <summary>
/// /api/reports: check a published report, keep it, and render it in the official layout.
/// POST   /api/reports/audit            a report file in, the report with its findings out (nothing kept)
/// POST   /api/reports/render?to=docx   a report file (or the JSON form) in, the rendered document out
/// POST   /api/reports                  a report file in, checked and kept; 201 with its id and links
/// GET    /api/reports/{id}             the kept report with its findings (JSON form)
/// GET    /api/reports/{id}/file?to=pdf the kept report rendered
/// </summary>
public static class ReportsApi
{
    public static void MapReportsApi(this IEndpointRouteBuilder app)
    {
        // Machines post files here without a browser session, so there is no antiforgery token to check.
        var reports = app.MapGroup("/api/reports").DisableAntiforgery();
        reports.MapPost("/audit", AuditReport);
        reports.MapPost("/render", RenderReport);
        reports.MapPost("/", KeepReport);
        reports.MapGet("/{id}", GetReport);
        reports.MapGet("/{id}/file", GetReportFile);
    }

    private static async Task<IResult> AuditReport(HttpRequest request, IOptions<GongkaiOptions> options, CancellationToken cancellation)
    {
        var upload = await ReportUpload.ReadAsync(request, options.Value.MaxReportBytes, cancellation);
        return upload.Problem ?? Run(upload, report => Results.Text(ReportJson.Write(report), "application/json; charset=utf-8"));
    }

    private static async Task<IResult> RenderReport(
        HttpRequest request, string? to, IOptions<GongkaiOptions> options, CancellationToken cancellation)
    {
        if (OutputFormats.Parse(to) is not { } format)
        {
            return UnknownFormat(to);
        }

        var upload = await ReportUpload.ReadAsync(request, options.Value.MaxReportBytes, cancellation);
        return upload.Problem ?? Run(upload, report => File(report, format));
    }

    private static async Task<IResult> KeepReport(
        HttpRequest request, ReportStore store, IOptions<GongkaiOptions> options, CancellationToken cancellation)
    {
        var upload = await ReportUpload.ReadAsync(request, options.Value.MaxReportBytes, cancellation);
        if (upload.Problem is not null)
        {
            return upload.Problem;
        }

        AnnualReport report;
        try
        {
            report = ReportAudit.Run(upload.FileName, upload.Content);
        }
        catch (ReportImportException e)
        {
            return Unreadable(e);
        }

        var id = await store.SaveAsync(report, cancellation);
        return TypedResults.Created($"/api/reports/{id}", KeptReport.From(id, report));
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

    private static IResult Run(ReportUpload upload, Func<AnnualReport, IResult> respond)
    {
        try
        {
            return respond(ReportAudit.Run(upload.FileName, upload.Content));
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

    private static IResult Unreadable(ReportImportException e) =>
        Results.Problem(title: "无法读取报告", detail: e.Message, statusCode: StatusCodes.Status400BadRequest);

    private static IResult UnknownFormat(string? to) => Results.ValidationProblem(
        new Dictionary<string, string[]> { ["to"] = [$"不支持的格式「{to}」，可选 html、docx、xlsx、pdf、md、json"] },
        title: "参数有误");
}
