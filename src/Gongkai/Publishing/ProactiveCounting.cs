using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Formats;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Publishing;

/// <summary>
/// Compiles section 二 (主动公开政府信息情况). Table 第二十条第（一）项 comes from the registry, as of 31 December of the
/// year, so that a report once due never changes: a document counts as published from its 发布日期 until its 撤回.
/// 2021 format: 本年制发件数 = published in the year; 本年废止件数 = 已废止 in the year; 现行有效件数 = published and
/// neither repealed nor expired by the year's end. 2019 format: 本年新制作数量 = 成文 in the year (published or not, as
/// the format counts what was made apart from what was published); 本年新公开数量 = published in the year; 对外公开总数量
/// = published by the year's end. The other s2 tables hold what staff entered from other systems
/// (<see cref="ReportFigure"/>); a cell nobody entered stays empty.
/// </summary>
public static class ProactiveCounting
{
    public const string Section = "s2";
    public const string RegistryTable = "s2.art20_1";

    public static void Fill(AnnualReport report, IEnumerable<ReportDocument> documents, IEnumerable<ReportFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(figures);
        var end = new DateOnly(report.Year, 12, 31);
        var table = report.Table(RegistryTable);
        var trial = report.Format.Id == ReportFormats.Trial2019;
        var list = documents.ToList();
        foreach (var (kind, row) in new[] { (DocumentKind.Rule, "rules"), (DocumentKind.NormativeDocument, trial ? "normative_docs" : "admin_normative_docs") })
        {
            var ofKind = list.Where(d => d.Kind == kind).ToList();
            var visible = ofKind.Where(d => d.PublishedOn <= end && !(d.WithdrawnOn <= end)).ToList();
            var publishedInYear = visible.Count(d => d.PublishedOn!.Value.Year == report.Year);
            if (trial)
            {
                table[row, "new_made"] = Cell.Of(ofKind.Count(d => d.WrittenOn.Year == report.Year && !(d.WithdrawnOn <= end)));
                table[row, "new_published"] = Cell.Of(publishedInYear);
                table[row, "total_published"] = Cell.Of(visible.Count);
            }
            else
            {
                table[row, "made"] = Cell.Of(publishedInYear);
                table[row, "repealed"] = Cell.Of(visible.Count(d => d.Validity == DocumentValidity.Repealed && d.ValidityChangedOn?.Year == report.Year));
                table[row, "in_force"] = Cell.Of(visible.Count(d =>
                    !(d.Validity is DocumentValidity.Repealed or DocumentValidity.Expired && d.ValidityChangedOn <= end)));
            }
        }

        var sums = figures.Where(f => f.Year == report.Year && f.TableId != RegistryTable)
            .GroupBy(f => (f.TableId, f.RowId, f.ColumnId)).ToDictionary(g => g.Key, g => g.Sum(f => f.Value));
        foreach (var definition in report.Format.Tables.Where(t => t.Section == Section && t.Id != RegistryTable))
        {
            foreach (var row in definition.DataRows)
            {
                foreach (var column in definition.Columns)
                {
                    if (sums.TryGetValue((definition.Id, row.Id, column.Id), out var value))
                        report.Table(definition.Id)[row.Id, column.Id] = Cell.Of(value, column.Unit);
                }
            }
        }

        if (!report.SectionsFound.Contains(Section))
            report.SectionsFound.Insert(0, Section);
    }

    /// <summary>The cells of the year's format that staff enter: every s2 cell but the registry's table.</summary>
    public static IEnumerable<(TableDefinition Table, RowDefinition Row, ColumnDefinition Column)> EnteredCells(ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return from t in format.Tables
               where t.Section == Section && t.Id != RegistryTable
               from r in t.DataRows
               from c in t.Columns
               select (t, r, c);
    }

    /// <summary>Reads the agencies' 规章 and 规范性文件 and their entered figures, and fills section 二.</summary>
    public static async Task FillAsync(GongkaiDbContext db, IReadOnlyList<int> agencyIds, AnnualReport report, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(report);
        var ids = agencyIds.ToList();
        var documents = await Documents(db.Documents.Where(d => ids.Contains(d.AgencyId))).ToListAsync(cancellation).ConfigureAwait(false);
        var year = report.Year;
        var figures = await db.ReportFigures.AsNoTracking().Where(f => ids.Contains(f.AgencyId) && f.Year == year)
            .ToListAsync(cancellation).ConfigureAwait(false);
        Fill(report, documents, figures);
    }

    /// <summary>Fills section 二 of every agency's part and of the district's sum from one read of each table.</summary>
    public static async Task FillDistrictAsync(
        GongkaiDbContext db, IReadOnlyDictionary<int, AnnualReport> parts, AnnualReport merged, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(merged);
        var documents = (await Documents(db.Documents).ToListAsync(cancellation).ConfigureAwait(false))
            .Where(d => parts.ContainsKey(d.AgencyId)).ToLookup(d => d.AgencyId);
        var year = merged.Year;
        var figures = (await db.ReportFigures.AsNoTracking().Where(f => f.Year == year).ToListAsync(cancellation).ConfigureAwait(false))
            .Where(f => parts.ContainsKey(f.AgencyId)).ToLookup(f => f.AgencyId);
        foreach (var (agencyId, part) in parts)
            Fill(part, documents[agencyId], figures[agencyId]);
        Fill(merged, documents.SelectMany(g => g), figures.SelectMany(g => g));
    }

    private static IQueryable<ReportDocument> Documents(IQueryable<GovernmentDocument> documents) =>
        documents.AsNoTracking()
            .Where(d => (d.Kind == DocumentKind.Rule || d.Kind == DocumentKind.NormativeDocument) && d.Attribute == DisclosureMode.Proactive)
            .Select(d => new ReportDocument(d.Id, d.AgencyId, d.Kind, d.Status, d.WrittenOn, d.PublishedOn, d.WithdrawnOn, d.Validity, d.ValidityChangedOn));
}
