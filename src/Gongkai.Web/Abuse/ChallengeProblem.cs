using Microsoft.AspNetCore.Http.HttpResults;

namespace Gongkai.Web.Abuse;

/// <summary>
/// The API's side of the challenge: 428 with the question and its token, and how to send the answer back
/// (RFC 6585 §3: the server requires something of the request before it will act on it).
/// </summary>
public static class ChallengeProblem
{
    public static Admission AdmitApi(this SubmissionGuard guard, SubmissionKind kind, HttpContext context) => guard.Admit(
        kind, context, context.Request.Headers[SubmissionGuard.TokenHeader], context.Request.Headers[SubmissionGuard.AnswerHeader]);

    public static ProblemHttpResult For(Admission refused) => TypedResults.Problem(
        title: "请先回答验证题",
        detail: $"{refused.Message}题目：{refused.Challenge!.Question}请把 challenge.token 放在请求头 {SubmissionGuard.TokenHeader}、"
            + $"答案放在请求头 {SubmissionGuard.AnswerHeader}，重新发送同一请求。",
        statusCode: StatusCodes.Status428PreconditionRequired,
        extensions: new Dictionary<string, object?>
        {
            ["challenge"] = new Dictionary<string, string>
            {
                ["question"] = refused.Challenge.Question,
                ["token"] = refused.Challenge.Token,
                ["tokenHeader"] = SubmissionGuard.TokenHeader,
                ["answerHeader"] = SubmissionGuard.AnswerHeader,
            },
        });
}
