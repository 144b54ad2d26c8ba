namespace Gongkai.Applications;

/// <summary>
/// What is asked for, as Art. 29 (二) and (三) require: a description of the information, its document number (文号)
/// if the applicant knows it, the requested form and the delivery method.
/// </summary>
public sealed record RequestedInformation(
    string Description,
    string? DocumentNumber,
    InformationForm Form,
    DeliveryMethod Delivery);
