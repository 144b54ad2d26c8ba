namespace Gongkai.Applications;

/// <summary>送达: how and when the reply reached the applicant, and the proof (签收单号, 邮件回执, 挂号信单号 …).</summary>
public sealed record Delivery(DeliveryMethod Method, DateOnly DeliveredOn, string Proof);
