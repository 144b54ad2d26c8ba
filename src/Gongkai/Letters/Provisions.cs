using System.Text.Json;

namespace Gongkai.Letters;

/// <summary>
/// The text of the provisions letters and pages cite, quoted from the embedded provisions.json (the Regulation, the
/// 2023 行政复议法 and the 行政诉讼法), so a page can show what an article says instead of doubting it.
/// </summary>
public static class Provisions
{
    public const string Regulation = "regulation";
    public const string Reconsideration = "reconsideration";
    public const string Litigation = "litigation";

    private static readonly Lazy<JsonElement> File = new(Load);

    /// <summary>The law's name in 《》.</summary>
    public static string LawName(string law) => Law(law).GetProperty("name").GetString()!;

    /// <summary>The provision's text, e.g. Text(Regulation, "第三十六条第（一）项"); null when the file does not quote it.</summary>
    public static string? Text(string law, string citation) =>
        Law(law).GetProperty("provisions").TryGetProperty(citation, out var text) ? text.GetString() : null;

    /// <summary>Every quoted provision of a law, by citation.</summary>
    public static IReadOnlyDictionary<string, string> All(string law) =>
        Law(law).GetProperty("provisions").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);

    private static JsonElement Law(string law) =>
        File.Value.GetProperty("laws").EnumerateArray().FirstOrDefault(l => l.GetProperty("id").GetString() == law) is { ValueKind: JsonValueKind.Object } found
            ? found
            : throw new ArgumentException($"provisions.json quotes no law '{law}'.", nameof(law));

    private static JsonElement Load()
    {
        using var stream = typeof(Provisions).Assembly.GetManifestResourceStream("Gongkai.provisions.json")
            ?? throw new InvalidOperationException("The embedded provisions.json is missing from the build.");
        return JsonDocument.Parse(stream).RootElement.Clone();
    }
}
