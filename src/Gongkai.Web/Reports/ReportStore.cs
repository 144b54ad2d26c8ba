using System.Text;
using Gongkai.AnnualReports;
using Gongkai.Data;
using Gongkai.Deadlines;
using Gongkai.Web.Abuse;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Reports;

/// <summary>
/// Keeps checked reports as JSON files in the data directory, so a checked report has an address that can be shared
/// and downloaded in every format. Ids are random, so nobody can list other people's reports. Anyone may upload, so
/// at most <see cref="AbuseOptions.KeptReportsPerDay"/> are kept a day, and a report nobody chose to keep (长期保留,
/// a `{id}.shared` file beside it) is deleted <see cref="AbuseOptions.UnsharedReportDays"/> days after it was kept
/// (<see cref="ReportExpiry"/>). A file's write time is when it was kept, set from the injected clock.
/// </summary>
public sealed class ReportStore(IOptions<GongkaiOptions> options, IOptions<AbuseOptions> abuse, TimeProvider time)
{
    /// <summary>Said on the page and in the API when <see cref="SaveAsync"/> kept nothing.</summary>
    public const string QuotaUsedUp = "今天（北京时间）可保存的检查结果已达上限，请明天再试。";

    private readonly Lock gate = new();
    private DateOnly countedDay;
    private int keptOnCountedDay;

    private string Folder => Path.Combine(options.Value.DataDirectory, "reports");

    /// <summary>Keeps the report and returns its id, or null when today's quota is used up and nothing was kept.</summary>
    public async Task<string?> SaveAsync(AnnualReport report, CancellationToken cancellation)
    {
        // Owner-only, like the database: an uploaded report may name people.
        PrivateFiles.CreateDirectory(Folder);
        var now = time.GetUtcNow().UtcDateTime;
        if (!TakeFromQuota(now))
            return null;
        var id = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));
        var temporary = Path.Combine(Folder, id + ".tmp");
        // Written aside then moved, so a crash never leaves a half-written report under its id.
        await PrivateFiles.WriteAllTextAsync(temporary, ReportJson.Write(report), cancellation);
        File.SetLastWriteTimeUtc(temporary, now);
        File.Move(temporary, PathOf(id));
        return id;
    }

    public async Task<AnnualReport?> FindAsync(string id, CancellationToken cancellation)
    {
        if (!IsId(id))
        {
            return null;
        }

        var path = PathOf(id);
        return File.Exists(path) ? ReportJson.Read(await File.ReadAllTextAsync(path, Encoding.UTF8, cancellation)) : null;
    }

    /// <summary>长期保留: the report is no longer deleted when its days are over. False when there is no such report.</summary>
    public async Task<bool> ShareAsync(string id, CancellationToken cancellation)
    {
        if (!IsId(id) || !File.Exists(PathOf(id)))
            return false;
        await File.WriteAllTextAsync(SharedMarker(id), "", cancellation);
        return true;
    }

    /// <summary>When a kept report will be deleted, in UTC; null when it was shared (or is not there).</summary>
    public DateTime? ExpiresAt(string id) => IsId(id) && File.Exists(PathOf(id)) && !File.Exists(SharedMarker(id))
        ? File.GetLastWriteTimeUtc(PathOf(id)).AddDays(abuse.Value.UnsharedReportDays)
        : null;

    /// <summary>Deletes the unshared reports whose days are over, and leftovers of writes cut off by a crash; returns how many.</summary>
    public int DeleteExpired()
    {
        if (!Directory.Exists(Folder))
            return 0;
        var now = time.GetUtcNow().UtcDateTime;
        var deleted = 0;
        foreach (var path in Directory.EnumerateFiles(Folder, "*.json"))
        {
            if (ExpiresAt(Path.GetFileNameWithoutExtension(path)) <= now)
            {
                File.Delete(path);
                deleted++;
            }
        }

        foreach (var path in Directory.EnumerateFiles(Folder, "*.tmp").Where(p => File.GetLastWriteTimeUtc(p) < now.AddDays(-1)))
            File.Delete(path);
        return deleted;
    }

    // The day's count starts from the files kept that day (a restart does not reset it), then is kept in memory.
    private bool TakeFromQuota(DateTime now)
    {
        var today = ChinaTime.ToStatutoryDate(now);
        lock (gate)
        {
            if (countedDay != today)
            {
                keptOnCountedDay = Directory.EnumerateFiles(Folder, "*.json")
                    .Count(p => ChinaTime.ToStatutoryDate(File.GetLastWriteTimeUtc(p)) == today);
                countedDay = today;
            }

            if (keptOnCountedDay >= abuse.Value.KeptReportsPerDay)
                return false;
            keptOnCountedDay++;
            return true;
        }
    }

    /// <summary>Until midnight Beijing time, when the quota starts again: the Retry-After of a refusal.</summary>
    public static int SecondsUntilTomorrow(TimeProvider time)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var midnight = ChinaTime.ToUtc(ChinaTime.ToStatutoryDate(now).AddDays(1), TimeOnly.MinValue);
        return Math.Max(1, (int)Math.Ceiling((midnight - now).TotalSeconds));
    }

    private static bool IsId(string id) => id.Length == 24 && id.All(char.IsAsciiHexDigitLower);

    private string PathOf(string id) => Path.Combine(Folder, id + ".json");

    private string SharedMarker(string id) => Path.Combine(Folder, id + ".shared");
}
