using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gongkai.Tests.Web;

/// <summary>Applicants behind one reverse proxy are told apart by X-Forwarded-For, but only when that proxy is trusted.</summary>
public sealed class ReverseProxyTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BehindATrustedProxyOneApplicantsGuessingDoesNotThrottleAnother()
    {
        using var web = new GongkaiWebApplication(new Dictionary<string, string> { ["Gongkai:TrustedProxies:0"] = "10.0.0.0/8" });
        using var client = ThroughProxy(web).CreateClient();

        var guesser = await TrackRepeatedlyAsync(client, "203.0.113.5", 21);
        var other = await TrackRepeatedlyAsync(client, "203.0.113.6", 1);

        Assert.Equal(HttpStatusCode.TooManyRequests, guesser[^1]);
        Assert.Equal(HttpStatusCode.OK, other[0]);
    }

    [Fact]
    public async Task AnUntrustedProxyCannotChooseTheClientAddress()
    {
        using var web = new GongkaiWebApplication();
        using var client = ThroughProxy(web).CreateClient();

        await TrackRepeatedlyAsync(client, "203.0.113.5", 21);
        var other = await TrackRepeatedlyAsync(client, "203.0.113.6", 1);

        Assert.Equal(HttpStatusCode.TooManyRequests, other[0]);
    }

    [Fact]
    public void AProxyThatIsNotAnAddressStopsTheStartWithAMessage()
    {
        var error = Assert.Throws<OptionsValidationException>(() =>
            Gongkai.Web.WebApp.Build(["--Gongkai:TrustedProxies:0=nginx.local", "--Gongkai:DataDirectory=" + Path.GetTempPath()]));

        Assert.Contains("“nginx.local”不是 IP 地址或网段", string.Join("", error.Failures), StringComparison.Ordinal);
    }

    // Every request arrives from the proxy's address, as it would on the server behind it.
    private static Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> ThroughProxy(GongkaiWebApplication web) =>
        web.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, FromProxy>()));

    private static async Task<List<HttpStatusCode>> TrackRepeatedlyAsync(HttpClient client, string clientAddress, int times)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < times; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/track");
            request.Headers.Add("X-Forwarded-For", clientAddress);
            using var response = await client.SendAsync(request, Cancellation);
            statuses.Add(response.StatusCode);
        }
        return statuses;
    }
}
