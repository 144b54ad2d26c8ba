namespace Gongkai.Web;

/// <summary>
/// Headers every answer carries (issue 7, finding 8): a content security policy that allows no inline script or style
/// and no framing, nosniff, no referrer, HSTS over TLS, and no-store on the pages and API answers that carry personal
/// data. A download names itself an attachment; a rendered report shown in the checker's frame gets a sandbox instead.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>The pages need nothing from elsewhere and no inline code: a script injected into one cannot run.</summary>
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; " +
        "form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// A report rendered from an uploaded file, shown inline: its own styles only, no script even if a file smuggled
    /// one in, and framed only by our own checking page.
    /// </summary>
    public const string DocumentPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; sandbox";

    // Paths whose answers carry applicants' or staff data; a shared computer's cache must not keep them.
    private static readonly string[] Personal = ["/staff", "/track", "/apply", "/api/applications"];

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            Apply(context);
            return Task.CompletedTask;
        });
        return next(context);
    });

    /// <summary>Marks this answer as a document that may be shown in our own frame (see <see cref="DocumentPolicy"/>).</summary>
    public static void AllowInOwnFrame(HttpResponse response) => response.Headers.ContentSecurityPolicy = DocumentPolicy;

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        var framed = headers.ContentSecurityPolicy == DocumentPolicy;
        if (!framed)
            headers.ContentSecurityPolicy = PagePolicy;
        headers.XFrameOptions = framed ? "SAMEORIGIN" : "DENY";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        // Only over TLS, where the browser can trust it (RFC 6797 §7.2); two years, as the HSTS preload list asks.
        if (context.Request.IsHttps)
            headers.StrictTransportSecurity = "max-age=63072000";
        if (Personal.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)) || headers.SetCookie.Count > 0)
        {
            headers.CacheControl = "no-store";
            headers.Pragma = "no-cache";
        }
    }
}
