using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gongkai.EndToEndTests;

/// <summary>The real program on a real Kestrel port with its own data directory, for a real browser to visit.</summary>
public sealed class GongkaiServer : WebApplicationFactory<Program>
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("gongkai-e2e-").FullName;

    public GongkaiServer()
    {
        UseKestrel(0);
        StartServer();
    }

    public Uri BaseAddress => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("Gongkai:DataDirectory", dataDirectory);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
