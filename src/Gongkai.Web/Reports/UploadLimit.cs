using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Reports;

/// <summary>
/// Marks an endpoint or page that takes a report upload: its body is counted as it arrives, chunked or not, and
/// refused with a Chinese 413 past <see cref="GongkaiOptions.MaxReportBytes"/> (plus room for the form around the
/// file). Kestrel's own cap is set to the same figure, so it never answers first with its English 500 (issue 7, finding 4).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class UploadLimitAttribute : Attribute
{
    /// <summary>Multipart boundaries, headers and the page's other fields (the pasted text, the antiforgery token).</summary>
    public const long FormRoom = 8 * 1024 * 1024;

    public static long BodyLimit(GongkaiOptions options) => options.MaxReportBytes + FormRoom;

    /// <summary>The middleware, after routing so that it sees the endpoint.</summary>
    public static async Task LimitAsync(HttpContext context, RequestDelegate next)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<UploadLimitAttribute>() is null)
        {
            await next(context);
            return;
        }

        var limit = BodyLimit(context.RequestServices.GetRequiredService<IOptions<GongkaiOptions>>().Value);
        if (context.Request.ContentLength > limit)
        {
            await RefuseAsync(context, limit);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server)
        {
            server.MaxRequestBodySize = limit;
        }

        var body = new LimitedBodyStream(context.Request.Body, limit);
        context.Request.Body = body;
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            // The handler may have refused the file itself and the rest of the body been read after it answered.
            if (context.Response.StatusCode != StatusCodes.Status413PayloadTooLarge)
            {
                await RefuseAsync(context, limit);
            }

            return;
        }

        // A reader that caught the overflow (the antiforgery check reads the form first) answered 400 without a body.
        if (body.Exceeded && !context.Response.HasStarted && context.Response.StatusCode == StatusCodes.Status400BadRequest)
        {
            await RefuseAsync(context, limit);
        }
    }

    private static async Task RefuseAsync(HttpContext context, long limit)
    {
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "上传的内容过大",
                    Detail = $"请求体超过 {limit / 1024 / 1024} MB 的上限（报告文件最多 {(limit - FormRoom) / 1024 / 1024} MB）",
                },
            });
        }

        // Pages: the status code page says it in Chinese (文件过大).
    }
}
