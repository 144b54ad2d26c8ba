using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Agencies;
using Gongkai.Auditing;
using Gongkai.Data;
using Gongkai.Staff;
using Gongkai.Tests.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Web;

/// <summary>Runs on the embedded SQLite file, and on a PostgreSQL database of its own when GONGKAI_TEST_POSTGRES is set.</summary>
public sealed partial class StaffSignInTests : IAsyncDisposable
{
    private const string Password = "correct-horse-battery";
    private GongkaiWebApplication app = null!;
    private HttpClient client = null!;
    private PostgresTestDatabase? postgres;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private async Task StartAsync(DatabaseProvider provider)
    {
        Dictionary<string, string> settings = [];
        if (provider == DatabaseProvider.Postgres)
        {
            postgres = await PostgresTestDatabase.CreateAsync(DatabaseFixture.PostgresServer!);
            settings["Database:Provider"] = "Postgres";
            settings["ConnectionStrings:Gongkai"] = postgres.ConnectionString;
        }

        // The test host runs as Development, so it migrates its database at start.
        app = new GongkaiWebApplication(settings);
        client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        await db.AddAgencyAsync("朝阳区人民政府", "CY", AgencyKind.Government, null, null, Cancellation);
        await db.AddAgencyAsync("南磨房地区办事处", "NMF", AgencyKind.StreetOffice, "CY", null, Cancellation);
        await db.AddStaffAsync("NMF", "nmf-handler", "测试承办人", StaffRoles.Handler | StaffRoles.OfficeHead, Password, null, Cancellation);
    }

    public async ValueTask DisposeAsync()
    {
        client?.Dispose();
        if (app is not null)
            await app.DisposeAsync();
        if (postgres is not null)
            await postgres.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task AnonymousVisitorsAreSentToTheLoginPage(DatabaseProvider provider)
    {
        await StartAsync(provider);
        using var response = await client.GetAsync("/staff", Cancellation);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/staff/login?ReturnUrl=%2Fstaff", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task LoginPageLabelsEveryInput()
    {
        await StartAsync(DatabaseProvider.Sqlite);
        var html = await client.GetStringAsync("/staff/login", Cancellation);

        Assert.Contains("<label for=\"LoginName\">用户名</label>", html);
        Assert.Contains("<label for=\"Password\">密码</label>", html);
        Assert.Contains("type=\"password\"", html);
        Assert.Contains("__RequestVerificationToken", html);
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task TheRightPasswordSignsInAndShowsAgencyAndRoles(DatabaseProvider provider)
    {
        await StartAsync(provider);
        using var response = await SignInAsync("nmf-handler", Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/staff", response.Headers.Location?.ToString());
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("gongkai.staff=", StringComparison.Ordinal)
            && c.Contains("httponly", StringComparison.OrdinalIgnoreCase) && c.Contains("samesite=lax", StringComparison.OrdinalIgnoreCase));

        var home = await client.GetStringAsync("/staff", Cancellation);
        Assert.Contains("南磨房地区办事处", home);
        Assert.Contains("承办人、公开办负责人", home);
        Assert.Contains("朝阳区人民政府", home);
        Assert.Equal(1, await CountAuditAsync(AuditActions.SignIn));
    }

    [Theory]
    [InlineData("nmf-handler", "wrong-password")]
    [InlineData("nobody", Password)]
    public async Task AWrongNameOrPasswordGetsTheSameMessage(string login, string password)
    {
        await StartAsync(DatabaseProvider.Sqlite);
        using var response = await SignInAsync(login, password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("用户名或密码错误", html);
        Assert.DoesNotContain("锁定", html);
        Assert.Equal(1, await CountAuditAsync(AuditActions.SignInFailed));
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task FiveFailuresLockTheAccountEvenAgainstTheRightPassword(DatabaseProvider provider)
    {
        await StartAsync(provider);
        for (var i = 0; i < StaffUser.MaxFailedSignIns; i++)
            (await SignInAsync("nmf-handler", "wrong-password")).Dispose();

        using var response = await SignInAsync("nmf-handler", Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名或密码错误", await response.Content.ReadAsStringAsync(Cancellation));
        Assert.Equal(0, await CountAuditAsync(AuditActions.SignIn));
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task SigningOutEndsTheSessionAndIsAudited(DatabaseProvider provider)
    {
        await StartAsync(provider);
        (await SignInAsync("nmf-handler", Password)).Dispose();
        var home = await client.GetStringAsync("/staff", Cancellation);

        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", Token(home))]);
        using var logout = await client.PostAsync("/staff/logout", form, Cancellation);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        using var after = await client.GetAsync("/staff", Cancellation);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal(1, await CountAuditAsync(AuditActions.SignOut));
    }

    private async Task<HttpResponseMessage> SignInAsync(string login, string password)
    {
        var page = await client.GetStringAsync("/staff/login", Cancellation);
        using var form = new FormUrlEncodedContent(
        [
            new("LoginName", login), new("Password", password), new("__RequestVerificationToken", Token(page)),
        ]);
        return await client.PostAsync("/staff/login", form, Cancellation);
    }

    private async Task<int> CountAuditAsync(string action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().AuditEntries.CountAsync(e => e.Action == action, Cancellation);
    }

    private static string Token(string html) => TokenPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
