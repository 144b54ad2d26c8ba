using System.Text.Json;
using Gongkai.Agencies;

namespace Gongkai.Publishing;

/// <summary>
/// The categories of Arts. 20 and 21, from statutory-catalogue.json (the Regulation's own words): every agency has the
/// fifteen of Art. 20; governments and departments at county level add the aspects Art. 21 names for them, township
/// governments and street offices those it names for townships.
/// </summary>
public static class StatutoryCatalogue
{
    public const string ResourceName = "Gongkai.statutory-catalogue.json";

    private static readonly Lazy<IReadOnlyList<StatutoryCategory>> Loaded = new(Load);

    public static IReadOnlyList<StatutoryCategory> All => Loaded.Value;

    public static IReadOnlyList<StatutoryCategory> For(AgencyKind kind)
    {
        var extra = kind switch
        {
            AgencyKind.Government or AgencyKind.Department => "city_county",
            AgencyKind.StreetOffice or AgencyKind.TownGovernment => "township",
            AgencyKind.Other => null,
        };
        return [.. All.Where(c => c.AppliesTo == "all" || c.AppliesTo == extra)];
    }

    private static List<StatutoryCategory> Load()
    {
        using var stream = typeof(StatutoryCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var json = JsonDocument.Parse(stream);
        return [.. json.RootElement.GetProperty("categories").EnumerateArray().Select(c => new StatutoryCategory(
            c.GetProperty("code").GetString()!, c.GetProperty("provision").GetString()!,
            c.GetProperty("name").GetString()!, c.GetProperty("applies_to").GetString()!))];
    }
}
