using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Applications;
using Gongkai.Data;
using Gongkai.Demo;
using Gongkai.Tests.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Web;

/// <summary>/staff/reports over the demo district: the signed-in agency's section 三 and the cases behind a figure.</summary>
public sealed partial class StaffReportsPageTests : IAsyncDisposable
{
    private GongkaiWebApplication app = null!;
    private HttpClient client = null!;
    private PostgresTestDatabase? postgres;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

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
    public async Task TheTableLinksEachFigureToExactlyItsOwnAgencysCases(DatabaseProvider provider)
    {
        await StartAsync(provider);

        var html = await client.GetStringAsync("/staff/reports?year=2025", Cancellation);
        Assert.Contains("南磨房地区办事处 2025 年度报告（由案卷编制）", html);
        Assert.Contains("收到和处理政府信息公开申请情况", html);
        Assert.Contains("/staff/reports?handler=file&amp;year=2025&amp;to=pdf", html);
        Assert.DoesNotContain("S3-BALANCE", html);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var agency = await db.Agencies.SingleAsync(a => a.Code == "NMF", Cancellation);
        foreach (var (row, column) in new[] { ("new_received", "total"), ("result.granted", "natural_person"), ("carried_over", "total") })
        {
            var ids = await ReportCompiler.CaseIdsAsync(db, agency.Id, 2025, row, column, Cancellation);
            Assert.NotEmpty(ids);
            Assert.Contains($"data-row=\"{row}\" data-column=\"{column}\">{ids.Count}</a>", html);
            var expected = await db.Applications.Where(a => ids.Contains(a.Id)).Select(a => a.TrackingNumber).OrderBy(n => n).ToListAsync(Cancellation);
            var list = await client.GetStringAsync($"/staff/reports/cases?year=2025&row={row}&column={column}", Cancellation);
            Assert.Equal(expected, CaseLink().Matches(list).Select(m => m.Groups[1].Value));
        }

        var all = await client.GetStringAsync("/staff/reports/cases?year=2025&row=new_received&column=total", Cancellation);
        Assert.All(CaseLink().Matches(all), m => Assert.StartsWith("NMF-", m.Groups[1].Value, StringComparison.Ordinal));
        Assert.DoesNotContain("CYJW-", all);
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task DownloadsAndBadQueriesAnswerAsTheyShould(DatabaseProvider provider)
    {
        await StartAsync(provider);

        using var pdf = await client.GetAsync("/staff/reports?handler=file&year=2025&to=pdf", Cancellation);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using var badYear = await client.GetAsync("/staff/reports?year=1999", Cancellation);
        using var badRow = await client.GetAsync("/staff/reports/cases?year=2025&row=nope&column=total", Cancellation);
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.NotFound), (badYear.StatusCode, badRow.StatusCode));
    }

    private async Task StartAsync(DatabaseProvider provider)
    {
        Dictionary<string, string> settings = [];
        if (provider == DatabaseProvider.Postgres)
        {
            postgres = await PostgresTestDatabase.CreateAsync(DatabaseFixture.PostgresServer!);
            settings["Database:Provider"] = "Postgres";
            settings["ConnectionStrings:Gongkai"] = postgres.ConnectionString;
        }

        app = new GongkaiWebApplication(settings);
        client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        string password;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var accounts = await DemoDistrict.LoadAsync(scope.ServiceProvider.GetRequiredService<GongkaiDbContext>(), Cancellation);
            password = accounts.Single(a => a.LoginName == "nmf-handler").Password;
        }

        var page = await client.GetStringAsync("/staff/login", Cancellation);
        using var form = new FormUrlEncodedContent(
        [
            new("LoginName", "nmf-handler"), new("Password", password), new("__RequestVerificationToken", Token().Match(page).Groups[1].Value),
        ]);
        using var signedIn = await client.PostAsync("/staff/login", form, Cancellation);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<a href=\"/staff/cases/([A-Z0-9-]+)\">")]
    private static partial Regex CaseLink();
}
