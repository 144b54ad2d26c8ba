using System.Text.Encodings.Web;
using System.Text.Unicode;
using Gongkai.AnnualReports.Import;
using Gongkai.Web.Abuse;
using Gongkai.Web.Api;
using Gongkai.Web.Applications;
using Gongkai.Web.Reports;
using Gongkai.Web.Staff;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;

namespace Gongkai.Web;

/// <summary>The web host: portal pages and the REST API under /api.</summary>
public static class WebApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        // No "Server: Kestrel": nothing tells a scanner which server to look up vulnerabilities for.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        // One options section, checked at start so a bad setting stops the program, not a request.
        builder.Services.AddOptions<GongkaiOptions>().BindConfiguration(GongkaiOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ReportStore>();
        // What reading one uploaded report may cost (issue 7); a bad setting stops the start.
        builder.Services.AddOptions<ImportLimits>().BindConfiguration(ImportLimits.Section).ValidateDataAnnotations().ValidateOnStart();
        // The database, clock and calendar every verb shares; migrated at start in Development or on the embedded SQLite file.
        builder.Services.AddGongkai(builder.Configuration);
        builder.Services.AddHostedService<DatabaseStartup>();
        builder.AddStaffAuthentication();
        // Every error in Chinese: ProblemDetails under /api (the field named, Retry-After), the /Error page for HTML.
        builder.Services.AddChineseErrors();
        // The API describes itself at /openapi/v1.json for the systems that call it.
        builder.Services.AddOpenApi();
        // A refused business rule under /api is a 409 with its code.
        builder.Services.AddExceptionHandler<WorkflowRuleExceptionHandler>();
        // DataAnnotations on API input records, with their Chinese messages, as 400 ValidationProblem.
        builder.Services.AddValidation();
        // Slows down guessing of 查询码 on /track and its API.
        builder.Services.AddTrackingRateLimit();
        // Hourly limits per client on anonymous applications and report uploads, the challenge past a threshold, Retry-After on 429.
        builder.Services.AddClientLimits();
        // Unshared checked reports are deleted when their days are over.
        builder.Services.AddHostedService<ReportExpiry>();
        // Client address and scheme from the configured reverse proxies, for the rate limit and the secure cookie.
        builder.Services.AddReverseProxy();
        // The whole back office needs a signed-in staff user, except the sign-in page itself.
        builder.Services.AddRazorPages(options => options.Conventions
            .AuthorizeFolder("/Staff", StaffAuthentication.Policy).AllowAnonymousToPage("/Staff/Login"))
            .AddMvcOptions(ChineseBindingMessages.Apply);
        // Pages are Chinese: write CJK characters as they are, not as &#x…; entities.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        var app = builder.Build();
        // First, so error pages and refusals carry the policy too.
        app.UseSecurityHeaders();
        // With no proxy named the middleware would believe every client's X-Forwarded-For, so it is left out.
        if (app.Services.GetRequiredService<IOptions<GongkaiOptions>>().Value.TrustedProxies.Count > 0)
            app.UseForwardedHeaders();
        // Errors: ProblemDetails under /api, a Chinese error page everywhere else; never a stack trace.
        app.UseChineseErrors();
        // Routing after the error handlers, so re-executing /Error finds its page.
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        // Report uploads are counted as they arrive and refused past the limit with a Chinese 413.
        app.Use(UploadLimitAttribute.LimitAsync);
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapOpenApi();
        app.MapReportsApi();
        app.MapApplicationsApi();
        app.MapStaffCasesApi();
        return app;
    }
}
