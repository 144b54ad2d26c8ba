using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gongkai.Tests.Web;

/// <summary>The web application in process, with a data directory of its own that is removed afterwards.</summary>
public sealed class GongkaiWebApplication : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("gongkai-web-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("Gongkai:DataDirectory", DataDirectory);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
