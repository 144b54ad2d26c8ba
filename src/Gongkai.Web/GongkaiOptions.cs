using System.ComponentModel.DataAnnotations;

namespace Gongkai.Web;

/// <summary>Section `Gongkai`: where the installation keeps its files, and the network it sits in.</summary>
public sealed class GongkaiOptions
{
    public const string Section = "Gongkai";

    /// <summary>The data directory (uploaded reports, later the SQLite file and attachments); relative to the working directory.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>The largest report file accepted for checking.</summary>
    [Range(1, 200 * 1024 * 1024)]
    public long MaxReportBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>
    /// Reverse proxies (addresses or CIDR networks) whose X-Forwarded-For and X-Forwarded-Proto are believed; empty when
    /// clients connect directly. Checked at start by <see cref="ReverseProxy"/>.
    /// </summary>
    public IReadOnlyList<string> TrustedProxies { get; set; } = [];
}
