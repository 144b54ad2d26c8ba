using System.Net;
using System.Net.Sockets;

namespace Gongkai.Web.Abuse;

/// <summary>
/// Who a limit counts: the client's IPv4 address, or its IPv6 /64, since one subscriber is commonly given a whole
/// /64 and could otherwise take a fresh address for every request (RFC 6177). The address is the connection's, or
/// X-Forwarded-For's from a trusted proxy (<see cref="ReverseProxy"/>), which has already replaced it.
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpContext context) => Of(context.Connection.RemoteIpAddress);

    public static string Of(IPAddress? address)
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
