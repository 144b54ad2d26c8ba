namespace Gongkai.Web.Reports;

/// <summary>
/// A report sent to the API: a multipart file field, or the raw body (with any Content-Type, or none) with ?name= for
/// the file name. <see cref="Problem"/> is set when the request cannot be accepted. The endpoint carries
/// <see cref="UploadLimitAttribute"/>, so the body is counted as it arrives; this checks the file itself.
/// </summary>
public sealed record ReportUpload(string FileName, byte[] Content, IResult? Problem)
{
    public static async Task<ReportUpload> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellation)
    {
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
                return TooLarge(maxBytes);
            }

            var content = new byte[file.Length];
            await using (var stream = file.OpenReadStream())
            {
                await stream.ReadExactlyAsync(content, cancellation);
            }

            return new ReportUpload(Path.GetFileName(file.FileName), content, null);
        }

        if (request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        var body = await ReadBodyAsync(request.Body, request.ContentLength, maxBytes, cancellation);
        if (body is null)
        {
            return TooLarge(maxBytes);
        }

        if (body.Length == 0)
        {
            return Refused("请求体为空：请上传一个报告文件");
        }

        var name = request.Query["name"].FirstOrDefault() ?? NameFor(request.ContentType);
        return new ReportUpload(Path.GetFileName(name), body, null);
    }

    /// <summary>The body, read as it arrives and never past the limit; null when it is longer.</summary>
    private static async Task<byte[]?> ReadBodyAsync(Stream body, long? declared, long maxBytes, CancellationToken cancellation)
    {
        using var buffer = new MemoryStream(declared is { } length ? (int)length : 0);
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellation)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string NameFor(string? contentType) => contentType switch
    {
        { } t when t.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) => "report.json",
        { } t when t.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) => "report.html",
        { } t when t.StartsWith("application/pdf", StringComparison.OrdinalIgnoreCase) => "report.pdf",
        { } t when t.Contains("wordprocessingml", StringComparison.OrdinalIgnoreCase) => "report.docx",
        { } t when t.Contains("spreadsheetml", StringComparison.OrdinalIgnoreCase) => "report.xlsx",
        _ => "report.txt",
    };

    private static ReportUpload Refused(string message) => new("", [], Results.ValidationProblem(
        new Dictionary<string, string[]> { ["file"] = [message] }, title: "报告文件有误"));

    private static ReportUpload TooLarge(long maxBytes) => new("", [], Results.Problem(
        title: "上传的内容过大", detail: $"报告文件超过 {maxBytes / 1024 / 1024} MB 的上限", statusCode: StatusCodes.Status413PayloadTooLarge));
}
