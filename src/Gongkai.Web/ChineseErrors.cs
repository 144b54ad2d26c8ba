using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web;

/// <summary>
/// Every error in Chinese, in one place (issue 7, finding 9): under /api a ProblemDetails whose title comes from
/// <see cref="StatusTexts"/> (a 400 naming the field it could not read, a 429 with Retry-After), and for pages the
/// /Error page with the same words. No stack trace in any environment.
/// </summary>
internal static partial class ChineseErrors
{
    public static IServiceCollection AddChineseErrors(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context => Translate(context.ProblemDetails));
        // A body or parameter the framework cannot read is an exception here, so the field can be named.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<UnreadableRequestHandler>();
        // Refusals by the rate limiter are answered by ClientLimits.RejectAsync (Retry-After and the wait in words).
        return services;
    }

    public static WebApplication UseChineseErrors(this WebApplication app)
    {
        app.UseWhen(IsApi, api => api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StatusOf })
            .UseStatusCodePages());
        app.UseWhen(context => !IsApi(context), web => web
            .UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/Error", StatusCodeSelector = StatusOf })
            .UseStatusCodePagesWithReExecute("/Error", "?status={0}"));
        return app;
    }

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    // The framework's titles are English ("Not Found", "One or more validation errors occurred."); ours are Chinese.
    private static void Translate(ProblemDetails problem)
    {
        var status = problem.Status ?? StatusCodes.Status500InternalServerError;
        var (title, explanation) = StatusTexts.Of(status);
        if (problem.Title is null || problem.Title.All(char.IsAscii))
            problem.Title = title;
        if (problem.Detail is null || problem.Detail.All(char.IsAscii))
            problem.Detail = explanation;
    }

    private static int StatusOf(Exception exception) =>
        exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;

    /// <summary>A 400 (or 413, 415 …) from a body or parameter the framework could not read, naming what it could not read.</summary>
    private sealed class UnreadableRequestHandler(IProblemDetailsService problems) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            if (exception is not BadHttpRequestException bad || !IsApi(httpContext))
                return false;
            httpContext.Response.StatusCode = bad.StatusCode;
            var problem = bad.StatusCode == StatusCodes.Status400BadRequest && Field(bad) is { } field
                ? new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [$"“{field}”的值无法读取，请检查格式"] })
                : new ProblemDetails();
            problem.Status = bad.StatusCode;
            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
        }

        // A JSON body names the property through the reader's path ($.channel); a route or query value through the
        // parameter in the framework's message ("Failed to bind parameter \"int year\" from \"abc\"").
        private static string? Field(BadHttpRequestException bad)
        {
            if (bad.InnerException is JsonException { Path: { Length: > 1 } path })
                return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
            if (bad.InnerException is JsonException)
                return "body";
            var match = ParameterPattern().Match(bad.Message);
            return match.Success ? match.Groups[1].Value : null;
        }
    }

    [GeneratedRegex("parameter \"[^\"]*? (\\w+)\"")]
    private static partial Regex ParameterPattern();
}
