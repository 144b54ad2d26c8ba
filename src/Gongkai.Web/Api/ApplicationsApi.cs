using Gongkai.Applications;
using Gongkai.Deadlines;
using Gongkai.Web.Applications;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Api;

/// <summary>
/// /api/applications: the applicant's side of disclosure on request.
/// POST /api/applications        SubmitApplicationInput in (header Idempotency-Key optional); 201 with tracking number and 查询码
/// POST /api/applications/track  {trackingNumber, queryCode} in; the status and public timeline, or 404
/// </summary>
public static class ApplicationsApi
{
    public static void MapApplicationsApi(this IEndpointRouteBuilder app)
    {
        // JSON bodies from other systems, no browser session: nothing for antiforgery to protect.
        var applications = app.MapGroup("/api/applications").DisableAntiforgery();
        applications.MapPost("/", SubmitApplication);
        applications.MapPost("/track", TrackApplication).RequireRateLimiting(TrackingRateLimit.Policy);
    }

    private static async Task<Results<Created<SubmittedApplication>, ValidationProblem>> SubmitApplication(
        SubmitApplicationInput input, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ApplicationWorkflow workflow, WorkdayCalendar calendar, TimeProvider time, CancellationToken cancellation)
    {
        if (idempotencyKey is not null && (idempotencyKey.Length is < 8 or > 64 || !idempotencyKey.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["Idempotency-Key"] = ["Idempotency-Key 应为 8 到 64 位字母、数字或连字符"] },
                title: "参数有误");
        }

        var submitted = await workflow.SubmitOnlineAsync(input.AgencyId!.Value, input.ToApplicant(), input.ToRequest(), idempotencyKey, cancellation);
        var due = ReplyDue.Of(submitted.Application, calendar, time);
        var application = submitted.Application;
        return TypedResults.Created((string?)null, new SubmittedApplication(
            application.TrackingNumber, submitted.QueryCode, application.ReceivedOn, due.On, due.Note, submitted.Repeated));
    }

    private static async Task<Results<Ok<TrackedApplication>, NotFound>> TrackApplication(
        TrackApplicationInput input, ApplicationWorkflow workflow, WorkdayCalendar calendar, TimeProvider time, CancellationToken cancellation) =>
        await workflow.FindForApplicantAsync(input.TrackingNumber!, input.QueryCode!, cancellation) is { } application
            ? TypedResults.Ok(TrackedApplication.From(application, calendar, time))
            : TypedResults.NotFound();
}
