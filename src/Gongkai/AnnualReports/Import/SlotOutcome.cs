namespace Gongkai.AnnualReports.Import;

/// <summary>What the surviving positions of a lost-cell row agree a slot holds: the value, the rule, the token if read.</summary>
internal sealed record SlotOutcome(decimal Value, string Rule, CellToken? Read);
