using Gongkai.AnnualReports.Batch;

namespace Gongkai.Web.Reports;

/// <summary>
/// Several reports in one form (the checking page and POST /api/reports/audits), read into a batch. The upload limit
/// is the one for a single report: each file and all files together stay within <see cref="GongkaiOptions.MaxReportBytes"/>,
/// so a batch costs the server no more memory than one large report; folders of hundreds belong to `gongkai report audit`.
/// </summary>
public static class ReportUploads
{
    public const int MaxFiles = 50;

    /// <summary>The files as batch inputs, or a Chinese sentence saying why they are refused.</summary>
    public static async Task<(List<ReportBatch.Input> Inputs, string? Problem)> ReadAsync(
        IReadOnlyList<IFormFile> files, long maxBytes, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(files);
        var chosen = files.Where(f => f.Length > 0).ToList();
        if (chosen.Count == 0)
        {
            return ([], "请选择至少一个报告文件");
        }

        if (chosen.Count > MaxFiles)
        {
            return ([], $"一次最多检查 {MaxFiles} 份报告，本次选择了 {chosen.Count} 份；更多的报告请用命令行 gongkai report audit 检查");
        }

        if (chosen.Sum(f => f.Length) > maxBytes)
        {
            return ([], $"所选文件过大，合计最多 {maxBytes / 1024 / 1024} MB");
        }

        var inputs = new List<ReportBatch.Input>();
        foreach (var file in chosen)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellation);
            var content = buffer.ToArray();
            inputs.Add(new ReportBatch.Input(Path.GetFileName(file.FileName), () => content));
        }

        return (inputs, null);
    }
}
