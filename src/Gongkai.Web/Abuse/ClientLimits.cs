using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Abuse;

/// <summary>
/// Hourly limits per client on what anyone may send without signing in: applications, which each open a case with a
/// statutory deadline, and report uploads, which are parsed and may be kept. A sliding hour, so a client cannot send
/// a double burst across the boundary of a fixed window. Reading the forms is never counted.
/// </summary>
public static class ClientLimits
{
    public const string Applications = "applications";
    public const string ReportUploads = "report-uploads";

    public static IServiceCollection AddClientLimits(this IServiceCollection services)
    {
        services.AddOptions<AbuseOptions>().BindConfiguration(AbuseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddMemoryCache();
        services.AddSingleton<SubmissionGuard>();
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<AbuseOptions>>((options, abuse) =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RejectAsync;
            options.AddPolicy(Applications, context => PerHour(context, abuse.Value.ApplicationsPerHour));
            options.AddPolicy(ReportUploads, context => PerHour(context, abuse.Value.ReportUploadsPerHour));
        });
        return services;
    }

    /// <summary>An hour in twelve five-minute segments; a permit comes back when its segment leaves the hour.</summary>
    public static SlidingWindowRateLimiterOptions Hourly(int permits) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromHours(1),
        SegmentsPerWindow = 12,
        QueueLimit = 0,
    };

    private static RateLimitPartition<string> PerHour(HttpContext context, int permits) =>
        HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            ? RateLimitPartition.GetNoLimiter("read")
            : RateLimitPartition.GetSlidingWindowLimiter(ClientAddress.Of(context), _ => Hourly(permits));

    // Every refusal says when to come back: Retry-After, and the same in words, as ProblemDetails under /api; pages
    // get the Chinese error page (the status code page re-executes /Error, which reads Retry-After).
    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellation)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? (int)Math.Ceiling(after.TotalSeconds) : 60;
        context.Response.Headers.RetryAfter = Math.Max(seconds, 1).ToString(CultureInfo.InvariantCulture);
        if (!context.Request.Path.StartsWithSegments("/api"))
            return;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                // The title comes from StatusTexts, as for every other status.
                Detail = $"短时间内的请求次数过多，请{Wait(seconds)}后再试。",
            },
        });
    }

    /// <summary>A wait in words for the message: “30 秒”, “5 分钟”.</summary>
    public static string Wait(int seconds) => seconds < 60
        ? string.Create(CultureInfo.InvariantCulture, $" {Math.Max(seconds, 1)} 秒")
        : string.Create(CultureInfo.InvariantCulture, $" {(seconds + 59) / 60} 分钟");
}
