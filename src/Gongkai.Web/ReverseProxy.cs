using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using IPNetwork = System.Net.IPNetwork;

namespace Gongkai.Web;

/// <summary>
/// Behind a reverse proxy (nginx, a government cloud's load balancer) every request comes from the proxy's address,
/// so the /track rate limit would throttle all applicants as one and the staff cookie would not know the request was
/// HTTPS. The proxies named in Gongkai:TrustedProxies are believed about X-Forwarded-For and X-Forwarded-Proto;
/// nobody else is, since a client could otherwise pick its own address and escape the limit.
/// </summary>
internal static class ReverseProxy
{
    public static IServiceCollection AddReverseProxy(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<GongkaiOptions>, TrustedProxiesValidation>();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<GongkaiOptions>>((options, gongkai) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the configured proxies: the loopback default would trust a proxy on this machine nobody named.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            // An entry that is not an address never gets here: TrustedProxiesValidation stops the start first.
            foreach (var network in gongkai.Value.TrustedProxies.Select(Parse).OfType<IPNetwork>())
                options.KnownIPNetworks.Add(network);
        });
        return services;
    }

    /// <summary>An address (one host) or a CIDR network such as 10.0.0.0/8; null if it is neither.</summary>
    public static IPNetwork? Parse(string entry)
    {
        var text = entry.Trim();
        if (IPNetwork.TryParse(text, out var network))
            return network;
        return IPAddress.TryParse(text, out var address)
            ? new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128)
            : null;
    }

    public static string Invalid(string entry) =>
        $"Gongkai:TrustedProxies 中的“{entry}”不是 IP 地址或网段（例如 10.0.0.5 或 10.0.0.0/8）";

    // Plain messages, so `gongkai serve` prints them as they are.
    private sealed class TrustedProxiesValidation : IValidateOptions<GongkaiOptions>
    {
        public ValidateOptionsResult Validate(string? name, GongkaiOptions options)
        {
            var invalid = options.TrustedProxies.Where(p => Parse(p) is null).Select(Invalid).ToList();
            return invalid.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(invalid);
        }
    }
}
