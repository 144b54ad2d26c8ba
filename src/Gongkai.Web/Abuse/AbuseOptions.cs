using System.ComponentModel.DataAnnotations;

namespace Gongkai.Web.Abuse;

/// <summary>
/// Section `Gongkai:Abuse`: how much one client (an IPv4 address or an IPv6 /64, see <see cref="ClientAddress"/>) may
/// submit to the anonymous endpoints, when it must first answer a challenge, and how long checked reports are kept.
/// </summary>
public sealed class AbuseOptions
{
    public const string Section = "Gongkai:Abuse";

    /// <summary>Applications (/apply and POST /api/applications) one client may send in any hour; more are refused with 429.</summary>
    [Range(1, 1_000_000)]
    public int ApplicationsPerHour { get; set; } = 20;

    /// <summary>Applications in an hour before the client must answer a challenge with each further one.</summary>
    [Range(0, 1_000_000)]
    public int ApplicationsBeforeChallenge { get; set; } = 5;

    /// <summary>Report uploads (/reports/check and POST /api/reports, /audit, /render) one client may send in any hour.</summary>
    [Range(1, 1_000_000)]
    public int ReportUploadsPerHour { get; set; } = 60;

    /// <summary>Report uploads in an hour before the client must answer a challenge to keep another report.</summary>
    [Range(0, 1_000_000)]
    public int ReportUploadsBeforeChallenge { get; set; } = 20;

    /// <summary>Whether a client past the thresholds above is asked an arithmetic question; off, only the hourly limits apply.</summary>
    public bool Challenge { get; set; } = true;

    /// <summary>Checked reports kept on all clients' behalf in one day (China Standard Time); past it, nothing more is kept that day.</summary>
    [Range(1, 1_000_000)]
    public int KeptReportsPerDay { get; set; } = 1000;

    /// <summary>Days a kept report stays unless someone chose 长期保留 (shared) on its page or through the API.</summary>
    [Range(1, 3650)]
    public int UnsharedReportDays { get; set; } = 30;
}
