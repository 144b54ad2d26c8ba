using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Api;

/// <summary>A refused business rule under /api is a 409 ProblemDetails carrying the rule's stable code (STYLE §5).</summary>
public sealed class WorkflowRuleExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not WorkflowRuleException rule || !httpContext.Request.Path.StartsWithSegments("/api"))
            return false;
        httpContext.Response.StatusCode = StatusCodes.Status409Conflict;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "不能办理",
                Detail = rule.Message,
                Extensions = { ["code"] = rule.Code },
            },
        });
    }
}
