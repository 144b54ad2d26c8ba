using Gongkai.Applications;
using Gongkai.Data;
using Gongkai.Deadlines;
using Gongkai.Letters;
using Gongkai.Web.Abuse;
using Gongkai.Web.Applications;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Api;

/// <summary>
/// /api/applications: the applicant's side of disclosure on request.
/// POST /api/applications        SubmitApplicationInput in (header Idempotency-Key optional); 201 with tracking number and 查询码,
///                               200 with the same answer for a repeated key; 429 past the hourly limit, 428 with a
///                               challenge past its threshold (Abuse/)
/// POST /api/applications/track  {trackingNumber, queryCode} in; the status, public timeline and letters, or 404
/// POST /api/applications/track/letters/{id}  {trackingNumber, queryCode} in; the letter's PDF, or 404
/// </summary>
public static class ApplicationsApi
{
    public static void MapApplicationsApi(this IEndpointRouteBuilder app)
    {
        // JSON bodies from other systems, no browser session: nothing for antiforgery to protect.
        var applications = app.MapGroup("/api/applications").DisableAntiforgery();
        applications.MapPost("/", SubmitApplication).RequireRateLimiting(ClientLimits.Applications);
        applications.MapPost("/track", TrackApplication).RequireRateLimiting(TrackingRateLimit.Policy);
        // The pair travels in the body, as for tracking, so the 查询码 is never in an address or a request log.
        applications.MapPost("/track/letters/{id:long}", GetTrackedLetter).RequireRateLimiting(TrackingRateLimit.Policy)
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Created<SubmittedApplication>, Ok<SubmittedApplication>, ValidationProblem, ProblemHttpResult>> SubmitApplication(
        SubmitApplicationInput input, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, HttpContext context,
        SubmissionGuard guard, ApplicationWorkflow workflow, WorkdayCalendar calendar, TimeProvider time, CancellationToken cancellation)
    {
        if (idempotencyKey is not null && (idempotencyKey.Length is < 8 or > 64 || !idempotencyKey.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["Idempotency-Key"] = ["Idempotency-Key 应为 8 到 64 位字母、数字或连字符"] },
                title: "参数有误");
        }

        if (guard.AdmitApi(SubmissionKind.Application, context) is { IsAdmitted: false } refused)
            return ChallengeProblem.For(refused);

        var submitted = await workflow.SubmitOnlineAsync(input.AgencyId!.Value, input.ToApplicant(), input.ToRequest(), idempotencyKey, cancellation);
        var due = ReplyDue.Of(submitted.Application, calendar, time);
        var application = submitted.Application;
        var answer = new SubmittedApplication(
            application.TrackingNumber, submitted.QueryCode, application.ReceivedOn, due.On, due.Note, submitted.Repeated);
        // A repeat created nothing: 200 with the first answer, so a client retrying after a lost response sees it again.
        return submitted.Repeated ? TypedResults.Ok(answer) : TypedResults.Created((string?)null, answer);
    }

    private static async Task<Results<Ok<TrackedApplication>, NotFound>> TrackApplication(
        TrackApplicationInput input, ApplicationWorkflow workflow, GongkaiDbContext db, WorkdayCalendar calendar, TimeProvider time,
        CancellationToken cancellation)
    {
        if (await workflow.FindForApplicantAsync(input.TrackingNumber!, input.QueryCode!, cancellation) is not { } application)
            return TypedResults.NotFound();
        var letters = await IssuedLetters.ListAsync(db, application.Id, applicantOnly: true, cancellation);
        return TypedResults.Ok(TrackedApplication.From(application, letters, calendar, time));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetTrackedLetter(
        long id, TrackApplicationInput input, ApplicationWorkflow workflow, GongkaiDbContext db, CancellationToken cancellation)
    {
        if (await workflow.FindForApplicantAsync(input.TrackingNumber!, input.QueryCode!, cancellation) is not { } application)
            return TypedResults.Problem(title: "未找到", detail: Pages.TrackModel.WrongPair, statusCode: StatusCodes.Status404NotFound);
        if (await IssuedLetters.FindForApplicantAsync(db, id, application.Id, cancellation) is not { } letter)
            return TypedResults.Problem(title: "未找到", detail: "该申请没有这份文书", statusCode: StatusCodes.Status404NotFound);
        // ASP.NET Core writes both filename (ASCII fallback) and filename* (RFC 6266 / RFC 5987, UTF-8) for the Chinese name.
        return TypedResults.File(letter.Pdf, "application/pdf", IssuedLetters.FileName(application.TrackingNumber, letter.Kind, "pdf"));
    }
}
