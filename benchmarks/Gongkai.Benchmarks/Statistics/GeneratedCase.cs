namespace Gongkai.Benchmarks.Statistics;

/// <summary>One generated case: only what the statistics read, the rest of the row is filled with fixed values.</summary>
public readonly record struct GeneratedCase(
    long Id, int AgencyId, string ApplicantType, DateOnly ReceivedOn, DateOnly? ConcludedOn, string? Outcome);
