namespace Gongkai.Applications;

/// <summary>
/// 收件: how and when an application that staff register reached the agency. <see cref="ArrivedAt"/> is the arrival
/// (for signed post, the signature); <see cref="ConfirmedAt"/> the confirmation with the applicant where Art. 31 needs
/// one, or null while it is outstanding; <see cref="ReceiptNote"/> the 收件记录 (mail number, fax number, message id).
/// </summary>
public sealed record Intake(Channel Channel, DateTime ArrivedAt, DateTime? ConfirmedAt, string? ReceiptNote);
