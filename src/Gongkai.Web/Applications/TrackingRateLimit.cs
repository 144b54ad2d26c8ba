using System.Threading.RateLimiting;
using Gongkai.Web.Abuse;

namespace Gongkai.Web.Applications;

/// <summary>
/// Guessing 查询码 is slowed by a fixed window per client (address, or IPv6 /64) on /track and its API; the code's
/// ~49 bits do the rest.
/// </summary>
public static class TrackingRateLimit
{
    public const string Policy = "track";
    public const int PermitsPerMinute = 20;

    public static IServiceCollection AddTrackingRateLimit(this IServiceCollection services) => services.AddRateLimiter(options =>
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
            ClientAddress.Of(context),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = PermitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    });
}
