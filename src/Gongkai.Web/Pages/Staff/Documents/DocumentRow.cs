using Gongkai.Publishing;

namespace Gongkai.Web.Pages.Staff.Documents;

/// <summary>One line of the staff document list.</summary>
public sealed record DocumentRow(
    long Id, string Title, string? IndexNumber, DocumentKind Kind, DisclosureMode Attribute, DocumentStatus Status, DocumentValidity Validity,
    string Category, DateOnly FormedOn, DateOnly? PublishedOn);
