namespace Gongkai.Applications;

/// <summary>
/// 延长答复期限 (Art. 33 para 2): Workdays (at most 20) after the original due date, approved by the head of the
/// disclosure work body (ApprovedBy), for Reason, granted on GrantedOn.
/// </summary>
public sealed record Extension(int Workdays, long ApprovedBy, string Reason, DateOnly GrantedOn);
