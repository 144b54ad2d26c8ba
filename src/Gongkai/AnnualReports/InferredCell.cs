namespace Gongkai.AnnualReports;

/// <summary>A cell the input lost whose value an arithmetic rule settled.</summary>
public sealed record InferredCell(string Table, string Row, string Column, decimal Value, string Rule);
