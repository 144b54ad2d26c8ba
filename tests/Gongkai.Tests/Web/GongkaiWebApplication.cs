using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gongkai.Tests.Web;

/// <summary>
/// The web application in process, with a data directory of its own that is removed afterwards. Its database is the
/// embedded SQLite file there unless settings (Database:Provider, ConnectionStrings:Gongkai) say otherwise.
/// </summary>
public sealed class GongkaiWebApplication(IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("gongkai-web-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Gongkai:DataDirectory", DataDirectory);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
