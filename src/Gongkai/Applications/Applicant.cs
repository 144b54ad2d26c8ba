namespace Gongkai.Applications;

/// <summary>
/// 申请人: who applies and how to reach them, as Art. 29 (一) requires (name, proof of identity, contact details).
/// For an organisation, the document is its registration (e.g. 统一社会信用代码).
/// </summary>
public sealed record Applicant(
    ApplicantType Type,
    string Name,
    string IdDocumentType,
    string IdDocumentNumber,
    string? Phone,
    string? Email,
    string? Address);
