using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Gongkai.Tests.Web;

/// <summary>Every request arrives from the proxy's address, as it would on the server behind it; X-Forwarded-For names the client.</summary>
internal sealed class FromProxy : IStartupFilter
{
    public const string Address = "10.1.2.3";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = IPAddress.Parse(Address);
            return nextMiddleware(context);
        });
        next(app);
    };
}
