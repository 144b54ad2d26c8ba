namespace Gongkai.Applications;

/// <summary>
/// 延期申请: the handler's request, awaiting the head of the disclosure work body (Art. 33 para 2), for Workdays
/// (at most 20) with Reason, made by RequestedBy on RequestedOn. At most one is pending; it ends when approved or declined.
/// </summary>
public sealed record ExtensionRequest(int Workdays, string Reason, long RequestedBy, DateOnly RequestedOn);
