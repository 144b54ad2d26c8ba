namespace Gongkai.Web.Abuse;

/// <summary>What <see cref="SubmissionGuard"/> decided: let the submission through, or ask (again) with this challenge.</summary>
public sealed record Admission(Challenge? Challenge, bool WrongAnswer)
{
    public static readonly Admission Admitted = new(null, false);

    public bool IsAdmitted => Challenge is null;

    /// <summary>The sentence shown on the form or in the ProblemDetails.</summary>
    public string Message => WrongAnswer ? "验证题答案不正确或已过期，请回答新的验证题后再提交。" : "短时间内提交较多，请先回答验证题再提交。";
}
