namespace Gongkai.Web.Reports;

/// <summary>
/// A report sent to the API: a multipart file field, or the raw body with ?name= for the file name.
/// <see cref="Problem"/> is set when the request cannot be accepted.
/// </summary>
public sealed record ReportUpload(string FileName, byte[] Content, IResult? Problem)
{
    public static async Task<ReportUpload> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellation)
    {
        if (request.ContentLength > maxBytes)
        {
            return Refused($"文件过大，最多 {maxBytes / 1024 / 1024} MB");
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellation);
            var file = form.Files.Count > 0 ? form.Files[0] : null;
            if (file is null || file.Length == 0)
            {
                return Refused("请上传一个报告文件");
            }

            if (file.Length > maxBytes)
            {
                return Refused($"文件过大，最多 {maxBytes / 1024 / 1024} MB");
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellation);
            return new ReportUpload(Path.GetFileName(file.FileName), buffer.ToArray(), null);
        }

        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellation);
        if (body.Length == 0)
        {
            return Refused("请求体为空：请上传一个报告文件");
        }

        if (body.Length > maxBytes)
        {
            return Refused($"文件过大，最多 {maxBytes / 1024 / 1024} MB");
        }

        var name = request.Query["name"].FirstOrDefault() ?? NameFor(request.ContentType);
        return new ReportUpload(Path.GetFileName(name), body.ToArray(), null);
    }

    private static string NameFor(string? contentType) => contentType switch
    {
        { } t when t.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) => "report.json",
        { } t when t.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) => "report.html",
        { } t when t.StartsWith("application/pdf", StringComparison.OrdinalIgnoreCase) => "report.pdf",
        { } t when t.Contains("wordprocessingml", StringComparison.OrdinalIgnoreCase) => "report.docx",
        _ => "report.txt",
    };

    private static ReportUpload Refused(string message) => new("", [], Results.ValidationProblem(
        new Dictionary<string, string[]> { ["file"] = [message] }, title: "报告文件有误"));
}
