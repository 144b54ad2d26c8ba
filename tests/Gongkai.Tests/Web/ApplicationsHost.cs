using Gongkai.Agencies;
using Gongkai.Data;
using Gongkai.Tests.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Gongkai.Tests.Web;

/// <summary>
/// The web application on a fixed clock (Monday 2025-03-03, 09:30 Beijing time) with two agencies, on the embedded
/// SQLite file or, for <see cref="DatabaseProvider.Postgres"/>, a PostgreSQL database of its own. Hosts started
/// without a provider use <see cref="DefaultProvider"/>, so ./test runs every page test a second time on PostgreSQL.
/// </summary>
internal sealed class ApplicationsHost : IAsyncDisposable
{
    private readonly GongkaiWebApplication web;
    private readonly WebApplicationFactory<Program> factory;
    private readonly PostgresTestDatabase? postgres;

    private ApplicationsHost(GongkaiWebApplication web, PostgresTestDatabase? postgres, bool behindProxy)
    {
        this.web = web;
        this.postgres = postgres;
        factory = web.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(Time);
            if (behindProxy)
                s.AddSingleton<IStartupFilter, FromProxy>();
        }));
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 3, 9, 30, 0, TimeSpan.FromHours(8)));

    public IServiceProvider Services => factory.Services;

    public string DataDirectory => web.DataDirectory;

    /// <summary>Set by ./test for its second run of the page tests; Postgres needs GONGKAI_TEST_POSTGRES too.</summary>
    public const string ProviderVariable = "GONGKAI_TEST_WEB_PROVIDER";

    public int AgencyId { get; private set; }

    public static DatabaseProvider DefaultProvider =>
        Environment.GetEnvironmentVariable(ProviderVariable) is { Length: > 0 } name && DatabaseFixture.PostgresServer is not null
            ? Enum.Parse<DatabaseProvider>(name, ignoreCase: true)
            : DatabaseProvider.Sqlite;

    /// <summary>
    /// Behind a proxy, every request comes from <see cref="FromProxy.Address"/>, which is trusted, so X-Forwarded-For
    /// names each client; <paramref name="extra"/> settings are added to the host's.
    /// </summary>
    public static async Task<ApplicationsHost> StartAsync(
        DatabaseProvider? requested = null, IReadOnlyDictionary<string, string>? extra = null, bool behindProxy = false)
    {
        var provider = requested ?? DefaultProvider;
        var settings = new Dictionary<string, string>(extra ?? new Dictionary<string, string>());
        if (behindProxy)
            settings["Gongkai:TrustedProxies:0"] = FromProxy.Address;
        PostgresTestDatabase? postgres = null;
        if (provider == DatabaseProvider.Postgres)
        {
            postgres = await PostgresTestDatabase.CreateAsync(DatabaseFixture.PostgresServer!);
            settings["Database:Provider"] = "Postgres";
            settings["ConnectionStrings:Gongkai"] = postgres.ConnectionString;
        }

        var host = new ApplicationsHost(new GongkaiWebApplication(settings), postgres, behindProxy);
        await host.WithDatabaseAsync(async db =>
        {
            await db.AddAgencyAsync("朝阳区人民政府", "CY", AgencyKind.Government, null, null, TestContext.Current.CancellationToken);
            host.AgencyId = (await db.AddAgencyAsync("南磨房地区办事处", "NMF", AgencyKind.StreetOffice, "CY", null,
                TestContext.Current.CancellationToken)).Id;
        });
        return host;
    }

    public HttpClient CreateClient() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<int> CountApplicationsAsync()
    {
        var count = 0;
        await WithDatabaseAsync(async db => count = await db.Applications.CountAsync(TestContext.Current.CancellationToken));
        return count;
    }

    public async Task WithDatabaseAsync(Func<GongkaiDbContext, Task> use)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await use(scope.ServiceProvider.GetRequiredService<GongkaiDbContext>());
    }

    public async Task<T> WithDatabaseAsync<T>(Func<GongkaiDbContext, Task<T>> use)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<GongkaiDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await factory.DisposeAsync();
        await web.DisposeAsync();
        if (postgres is not null)
            await postgres.DisposeAsync();
    }
}
