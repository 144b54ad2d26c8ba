namespace Gongkai.Publishing;

/// <summary>The fields of an own catalogue item, as a 基层政务公开标准目录 lists them.</summary>
public sealed record CatalogueItemFields(
    string Matter, string? Content, string? Basis, string? TimeLimit, string? Subject, string? Channels, string? Audience, string? Method);
