using System.Text;
using Gongkai.AnnualReports;
using Gongkai.Data;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Reports;

/// <summary>
/// Keeps checked reports as JSON files in the data directory, so a checked report has an address that can be shared
/// and downloaded in every format. Ids are random, so nobody can list other people's reports.
/// </summary>
public sealed class ReportStore(IOptions<GongkaiOptions> options)
{
    private string Folder => Path.Combine(options.Value.DataDirectory, "reports");

    public async Task<string> SaveAsync(AnnualReport report, CancellationToken cancellation)
    {
        // Owner-only, like the database: an uploaded report may name people.
        PrivateFiles.CreateDirectory(Folder);
        var id = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));
        var temporary = Path.Combine(Folder, id + ".tmp");
        // Written aside then moved, so a crash never leaves a half-written report under its id.
        await PrivateFiles.WriteAllTextAsync(temporary, ReportJson.Write(report), cancellation);
        File.Move(temporary, PathOf(id));
        return id;
    }

    public async Task<AnnualReport?> FindAsync(string id, CancellationToken cancellation)
    {
        if (id.Length != 24 || !id.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var path = PathOf(id);
        return File.Exists(path) ? ReportJson.Read(await File.ReadAllTextAsync(path, Encoding.UTF8, cancellation)) : null;
    }

    private string PathOf(string id) => Path.Combine(Folder, id + ".json");
}
