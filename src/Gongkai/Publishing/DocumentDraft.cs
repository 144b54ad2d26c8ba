namespace Gongkai.Publishing;

/// <summary>
/// What a drafter writes: the metadata a reviewer checks first, the body, and the disclosure attribute. The same record
/// creates and edits a draft, from the page, the command line and the demo.
/// </summary>
public sealed record DocumentDraft(
    long CatalogueEntryId,
    string Title,
    string? Publisher,
    DateOnly WrittenOn,
    DateOnly? FormedOn,
    string? DocumentNumber,
    string? Topic,
    DocumentKind Kind,
    string? Body,
    DisclosureMode Attribute,
    WithholdingGround? Ground,
    long? ReplacesId = null,
    DocumentValidity? ReplacesAs = null);
