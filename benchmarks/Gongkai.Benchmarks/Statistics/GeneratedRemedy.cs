namespace Gongkai.Benchmarks.Statistics;

/// <summary>One generated reconsideration or litigation record over a concluded case; enum names as stored.</summary>
public readonly record struct GeneratedRemedy(
    long Id, int AgencyId, long ApplicationId, string Kind, DateOnly FiledOn, string Result, DateOnly? DecidedOn);
