using System.Data.Common;
using Gongkai.Applications;

namespace Gongkai.Benchmarks.Statistics;

/// <summary>
/// The groupings the compile asks EF Core for (<see cref="ReportCounting.GroupIn"/> for section 三, the records of the
/// year for section 四), written by hand and read with plain ADO.NET: the least any compile must pay, and an
/// independent check of the counts.
/// </summary>
public static class RawGroupBy
{
    private const string Sql = """
        SELECT agency_id, applicant_type,
               CASE WHEN received_on >= @first THEN 1 ELSE 0 END,
               CASE WHEN concluded_on <= @last THEN 1 ELSE 0 END,
               outcome, COUNT(*)
        FROM disclosure_applications
        WHERE received_on <= @last AND (concluded_on IS NULL OR concluded_on >= @first) /* agency */
        GROUP BY agency_id, applicant_type, 3, 4, outcome
        """;

    /// <summary>The groups of <paramref name="year"/>, for one agency or (null) all.</summary>
    public static async Task<List<CaseGroup>> RunAsync(DbConnection connection, int year, int? agencyId = null)
    {
        await using var command = Command(connection, Sql, year, agencyId);
        var groups = new List<CaseGroup>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            groups.Add(new CaseGroup(
                reader.GetInt32(0), Enum.Parse<ApplicantType>(reader.GetString(1)), reader.GetInt32(2) == 1, reader.GetInt32(3) == 1,
                reader.IsDBNull(4) ? null : reader.GetString(4), (int)reader.GetInt64(5)));
        }
        return groups;
    }

    // Section 四: a record counts in the year filed, in its result's column if decided by 31 December (RemedyCounting).
    private const string RemedySql = """
        SELECT agency_id, kind, CASE WHEN decided_on <= @last THEN result ELSE 'Pending' END, COUNT(*)
        FROM remedy_records
        WHERE filed_on >= @first AND filed_on <= @last /* agency */
        GROUP BY 1, 2, 3
        """;

    /// <summary>Section 四's figures of <paramref name="year"/> by agency, kind and column, for one agency or (null) all.</summary>
    public static async Task<List<(int AgencyId, string Kind, string Column, int Count)>> RemediesAsync(
        DbConnection connection, int year, int? agencyId = null)
    {
        await using var command = Command(connection, RemedySql, year, agencyId);
        var rows = new List<(int, string, string, int)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add((reader.GetInt32(0), reader.GetString(1), reader.GetString(2), (int)reader.GetInt64(3)));
        return rows;
    }

    // The year's bounds, and the agency when one is asked for, in place of the query's /* agency */ mark.
    private static DbCommand Command(DbConnection connection, string sql, int year, int? agencyId)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        command.CommandText = agencyId is null ? sql : sql.Replace("/* agency */", "AND agency_id = @agency", StringComparison.Ordinal);
        Add(command, "first", new DateOnly(year, 1, 1));
        Add(command, "last", new DateOnly(year, 12, 31));
        if (agencyId is { } id)
            Add(command, "agency", id);
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
