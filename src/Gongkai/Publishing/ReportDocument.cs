namespace Gongkai.Publishing;

/// <summary>What section 二 reads of a 规章 or 规范性文件: its kind, dates, and validity with the day it changed.</summary>
public sealed record ReportDocument(
    long Id, int AgencyId, DocumentKind Kind, DocumentStatus Status, DateOnly WrittenOn, DateOnly? PublishedOn, DateOnly? WithdrawnOn,
    DocumentValidity Validity, DateOnly? ValidityChangedOn);
