using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.EndToEndTests;

/// <summary>
/// The real program on a real Kestrel port with its own data directory, for a real browser to visit; on the real
/// clock, or on a given one for a journey that spans statutory days.
/// </summary>
public sealed class GongkaiServer : WebApplicationFactory<Program>
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("gongkai-e2e-").FullName;
    private readonly TimeProvider? clock;

    public GongkaiServer(TimeProvider? clock = null)
    {
        this.clock = clock;
        UseKestrel(0);
        StartServer();
    }

    public Uri BaseAddress => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Gongkai:DataDirectory", dataDirectory);
        if (clock is not null)
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
