using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace Gongkai.Staff;

/// <summary>
/// Failed sign-ins for one login name from one client address (登录限制). After <see cref="FreeFailures"/> failures
/// that address waits before it may try the name again, twice as long after each further failure, up to
/// <see cref="LongestWait"/>. Other addresses are not slowed, so nobody can lock a colleague out by failing on purpose.
/// </summary>
public sealed class SignInThrottle
{
    /// <summary>Typos forgiven before the first wait (the 等保 baseline of five attempts).</summary>
    public const int FreeFailures = 4;

    public static readonly TimeSpan FirstWait = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan LongestWait = TimeSpan.FromHours(1);

    /// <summary>A count whose last failure is this old starts again from nothing.</summary>
    public static readonly TimeSpan ForgetAfter = TimeSpan.FromDays(1);

    public SignInThrottle(string loginName, string address)
    {
        LoginKey = KeyOf(loginName);
        Address = address;
    }

    private SignInThrottle()
    {
        LoginKey = Address = "";
    }

    public long Id { get; private set; }

    /// <summary>
    /// A hash of the typed login name, not the name: unknown names are counted too (so the answer never tells which
    /// names exist) and a password typed into the name box must not be kept readable.
    /// </summary>
    public string LoginKey { get; private set; }

    /// <summary>The client address; an IPv6 client counts by its /64 network, which one subscriber usually holds.</summary>
    public string Address { get; private set; }

    public int Failures { get; private set; }

    public DateTime LastFailureAt { get; private set; }

    public DateTime? BlockedUntil { get; private set; }

    /// <summary>How long this address must still wait, or null when it may try now.</summary>
    public TimeSpan? WaitLeft(DateTime now) => BlockedUntil > now ? BlockedUntil - now : null;

    public void RecordFailure(DateTime now)
    {
        if (now - LastFailureAt > ForgetAfter)
            Failures = 0;
        Failures++;
        LastFailureAt = now;
        if (Failures > FreeFailures)
        {
            var doublings = Math.Min(Failures - FreeFailures - 1, 16);
            var wait = FirstWait * Math.Pow(2, doublings);
            BlockedUntil = now + (wait > LongestWait ? LongestWait : wait);
        }
    }

    public static string KeyOf(string loginName) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("gongkai-sign-in:" + Normalize(loginName))));

    public static string Normalize(string loginName) => loginName.Trim().ToLowerInvariant();

    /// <summary>The address as counted: IPv4 as written, IPv6 as its /64 network, "unknown" when there is none.</summary>
    public static string AddressOf(IPAddress? address)
    {
        if (address is null)
            return "unknown";
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
            return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
