namespace Gongkai.Publishing;

/// <summary>A category of the statutory catalogue, as statutory-catalogue.json holds it.</summary>
public sealed record StatutoryCategory(string Code, string Provision, string Name, string AppliesTo);
