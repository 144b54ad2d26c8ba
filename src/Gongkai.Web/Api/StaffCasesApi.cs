using Gongkai.Applications;
using Gongkai.Data;
using Gongkai.Web.Applications;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gongkai.Web.Api;

/// <summary>
/// /api/staff/cases: the case desk for a signed-in staff member (the back office's cookie), the same reads and the
/// same assignment as /staff/cases.
/// GET  /api/staff/cases?q=&amp;state=&amp;channel=&amp;outcome=&amp;year=&amp;assignee=&amp;filter=&amp;page=   one page of the desk, with its counts
/// GET  /api/staff/cases/handlers                    the agency's active 承办人 a case may be given to
/// POST /api/staff/cases/{trackingNumber}/assign     AssignCaseInput in; 204, 404 for another agency's case, 409 for a refused rule
/// </summary>
public static class StaffCasesApi
{
    public static void MapStaffCasesApi(this IEndpointRouteBuilder app)
    {
        // The cookie is SameSite=Lax and the bodies are JSON, which a cross-site form cannot send; the API has no form to protect.
        var cases = app.MapGroup("/api/staff/cases").RequireAuthorization(StaffAuthentication.Policy).DisableAntiforgery();
        cases.MapGet("/", ListCases);
        cases.MapGet("/handlers", ListHandlers);
        cases.MapPost("/{trackingNumber}/assign", AssignCase);
    }

    private static async Task<Results<Ok<StaffCaseList>, ValidationProblem, UnauthorizedHttpResult>> ListCases(
        [AsParameters] CaseDeskQuery query, HttpContext context, GongkaiDbContext db, CaseDesk desk, CancellationToken cancellation)
    {
        if (await StaffUserPrincipal.FindAsync(db, context.User, cancellation) is not { Disabled: false } user)
            return TypedResults.Unauthorized();
        if (query.Errors() is { Count: > 0 } errors)
            return TypedResults.ValidationProblem(errors, title: "参数有误");
        var result = await desk.ListAsync(user.AgencyId, query.ToFilter(user), cancellation);
        return TypedResults.Ok(StaffCaseList.From(result));
    }

    private static async Task<Results<Ok<List<HandlerChoice>>, UnauthorizedHttpResult>> ListHandlers(
        HttpContext context, GongkaiDbContext db, ApplicationWorkflow workflow, CancellationToken cancellation)
    {
        if (await StaffUserPrincipal.FindAsync(db, context.User, cancellation) is not { Disabled: false } user)
            return TypedResults.Unauthorized();
        return TypedResults.Ok(await workflow.HandlersAsync(user.AgencyId, cancellation));
    }

    private static async Task<Results<NoContent, ProblemHttpResult, UnauthorizedHttpResult>> AssignCase(
        string trackingNumber, AssignCaseInput input, HttpContext context, GongkaiDbContext db, ApplicationWorkflow workflow,
        CancellationToken cancellation)
    {
        if (await StaffUserPrincipal.FindAsync(db, context.User, cancellation) is not { Disabled: false } user)
            return TypedResults.Unauthorized();
        try
        {
            await workflow.AssignAsync(trackingNumber, user, input.Version, input.HandlerId!.Value, cancellation);
        }
        catch (CaseNotFoundException)
        {
            return TypedResults.Problem(title: "未找到", detail: "本机关没有该受理编号的案件", statusCode: StatusCodes.Status404NotFound);
        }
        return TypedResults.NoContent();
    }
}
