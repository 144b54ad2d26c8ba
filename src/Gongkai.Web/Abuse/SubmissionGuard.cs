using System.Globalization;
using System.Security.Cryptography;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Abuse;

/// <summary>
/// The challenge for a busy client: past <see cref="AbuseOptions.ApplicationsBeforeChallenge"/> submissions in an hour
/// (or the report threshold), each further one needs the answer to a small sum, asked by Gongkai itself (no outside
/// service, no script). The token is signed and time-limited with Data Protection, bound to the client, and accepted
/// once. It slows scripts that do not read the form and costs a person a few seconds; the hourly limit
/// (<see cref="ClientLimits"/>) still caps everyone.
/// </summary>
public sealed class SubmissionGuard(IOptions<AbuseOptions> options, IDataProtectionProvider protection, IMemoryCache answered, TimeProvider time)
{
    public const string TokenHeader = "Gongkai-Challenge";
    public const string AnswerHeader = "Gongkai-Challenge-Answer";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly IDataProtector protector = protection.CreateProtector("Gongkai.Abuse.Challenge");
    private readonly PartitionedRateLimiter<string>? applications = Threshold(options.Value.ApplicationsBeforeChallenge);
    private readonly PartitionedRateLimiter<string>? reports = Threshold(options.Value.ReportUploadsBeforeChallenge);

    /// <summary>The question to show on a form before anything is sent, or null while the client is under its threshold.</summary>
    public Challenge? ForForm(SubmissionKind kind, HttpContext context)
    {
        var client = ClientAddress.Of(context);
        var due = Limiter(kind) is not { } limiter || limiter.GetStatistics(client)?.CurrentAvailablePermits == 0;
        return options.Value.Challenge && due ? Ask(client) : null;
    }

    /// <summary>Counts one submission, and lets it through if the client is under its threshold or answered the question.</summary>
    public Admission Admit(SubmissionKind kind, HttpContext context, string? token, string? answer)
    {
        if (!options.Value.Challenge)
            return Admission.Admitted;
        var client = ClientAddress.Of(context);
        if (!string.IsNullOrEmpty(token))
            return Accepts(client, token, answer) ? Admission.Admitted : new Admission(Ask(client), WrongAnswer: true);
        if (Limiter(kind) is not { } limiter)
            return new Admission(Ask(client), WrongAnswer: false);
        using var lease = limiter.AttemptAcquire(client);
        return lease.IsAcquired ? Admission.Admitted : new Admission(Ask(client), WrongAnswer: false);
    }

    private Challenge Ask(string client)
    {
        var (a, b) = (RandomNumberGenerator.GetInt32(2, 50), RandomNumberGenerator.GetInt32(2, 50));
        var expires = time.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds();
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var token = protector.Protect(string.Join('|', (a + b).ToString(CultureInfo.InvariantCulture),
            expires.ToString(CultureInfo.InvariantCulture), nonce, client));
        return new Challenge(string.Create(CultureInfo.InvariantCulture, $"{a} 加 {b} 等于多少？"), token);
    }

    private bool Accepts(string client, string token, string? answer)
    {
        string[] parts;
        try
        {
            parts = protector.Unprotect(token).Split('|');
        }
        catch (CryptographicException)
        {
            return false;
        }

        if (parts.Length != 4 || parts[3] != client || answer?.Trim() != parts[0]
            || long.Parse(parts[1], CultureInfo.InvariantCulture) < time.GetUtcNow().ToUnixTimeSeconds())
            return false;
        // Once only: a solved token is no pass for a whole script run.
        lock (answered)
        {
            if (answered.TryGetValue(parts[2], out _))
                return false;
            answered.Set(parts[2], true, Lifetime);
        }

        return true;
    }

    // Null for a threshold of 0: every submission is asked.
    private PartitionedRateLimiter<string>? Limiter(SubmissionKind kind) => kind == SubmissionKind.Application ? applications : reports;

    private static PartitionedRateLimiter<string>? Threshold(int permits) => permits == 0
        ? null
        : PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetSlidingWindowLimiter(client, _ => ClientLimits.Hourly(permits)));
}
