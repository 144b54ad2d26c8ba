using System.Globalization;
using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Formats;

namespace Gongkai.Tests.AnnualReports;

/// <summary>
/// Builds fully correct reports to break one thing at a time: every table consistent, all six sections, a narrative
/// that quotes the table, the statistics period stated, and (2021) fees reported. Figures vary with the seed, so
/// several agencies' reports differ; carry-overs and documents in force chain from one year to the next, so the
/// reports of consecutive years built with the same seed agree with each other.
/// </summary>
public static class ReportBuilder
{
    public const string Department = "某某市交通运输局";

    public static AnnualReport Correct(string formatId, int year, int seed = 1, string agency = Department)
    {
        var report = new AnnualReport(ReportFormats.Get(formatId), year, agency);
        report.SectionsFound.AddRange(report.Format.Sections.Select(s => s.Id));
        Proactive(report, seed);
        Applications(report, seed);
        RemedyLitigation(report, seed);
        Narrate(report);
        return report;
    }

    /// <summary>
    /// Adds <paramref name="delta"/> applications to one cell of section 三 and keeps every equation of the table true
    /// by moving the row's 总计 and the figures that balance it (（七）总计 and 本年新收 for an outcome, 结转下年度 for
    /// 本年新收 or 上年结转, 本年新收 for 结转下年度). The narrative is left alone; call <see cref="Narrate"/> to retell it.
    /// </summary>
    public static AnnualReport Shift(this AnnualReport report, string row, string column, decimal delta)
    {
        const string id = "s3.applications";
        void Add(string r, decimal d)
        {
            foreach (var c in column == "total" ? ["total"] : new[] { column, "total" })
            {
                report.With(id, r, c, report.Value(id, r, c) + d);
            }
        }

        Add(row, delta);
        switch (row)
        {
            case "new_received" or "carried_over":
                Add("carried_forward", delta);
                break;
            case "carried_forward":
                Add("new_received", delta);
                break;
            case "result.total":
                throw new ArgumentException("Shift an outcome row; （七）总计 follows it.", nameof(row));
            default:
                Add("result.total", delta);
                Add("new_received", delta);
                break;
        }

        return report;
    }

    /// <summary>A correct report for a year the format applies to (its second year).</summary>
    public static AnnualReport Correct(string formatId) => Correct(formatId, ReportFormats.Get(formatId).FirstYear + 1);

    /// <summary>Sets a cell to a printed value.</summary>
    public static AnnualReport With(this AnnualReport report, string table, string row, string column, decimal value, string? unit = null) =>
        report.With(table, row, column, Cell.Of(value, unit));

    public static AnnualReport With(this AnnualReport report, string table, string row, string column, Cell cell)
    {
        report.Table(table)[row, column] = cell;
        return report;
    }

    public static decimal Value(this AnnualReport report, string table, string row, string column) =>
        report.Table(table)[row, column].Numeric ?? throw new InvalidOperationException($"{table} {row} {column} is unknown.");

    /// <summary>The applicants' carry into next year, the same function of the year whatever the seed.</summary>
    public static decimal CarriedForward(int year, int column) => (year + column) % 3;

    private static void Applications(AnnualReport report, int seed)
    {
        const string id = "s3.applications";
        var definition = report.Format.Table(id);
        var columns = definition.Columns.Where(c => c.Id != "total").Select(c => c.Id).ToList();
        var outcomes = definition.DataRows.Where(r => r.Parent is not null && r.Id != "result.total").Select(r => r.Id).ToList();
        for (var c = 0; c < columns.Count; c++)
        {
            for (var i = 0; i < outcomes.Count; i++)
            {
                report.With(id, outcomes[i], columns[c], ((i * 7) + (c * 3) + (seed * 5)) % 4 + (c == 0 ? i % 3 : 0));
            }

            var handled = outcomes.Sum(r => report.Value(id, r, columns[c]));
            var over = CarriedForward(report.Year - 1, c);
            var forward = CarriedForward(report.Year, c);
            report.With(id, "result.total", columns[c], handled)
                .With(id, "carried_over", columns[c], over)
                .With(id, "carried_forward", columns[c], forward)
                .With(id, "new_received", columns[c], handled + forward - over);
        }

        foreach (var row in definition.DataRows)
        {
            report.With(id, row.Id, "total", columns.Sum(c => report.Value(id, row.Id, c)));
        }
    }

    private static void RemedyLitigation(AnnualReport report, int seed)
    {
        const string id = "s4.review_litigation";
        var r = 0;
        foreach (var row in report.Format.Table(id).DataRows)
        {
            decimal[] parts = [(r + seed) % 3, (r + (2 * seed)) % 2, r % 2, (seed + r + 1) % 2];
            report.With(id, row.Id, "upheld", parts[0]).With(id, row.Id, "corrected", parts[1])
                .With(id, row.Id, "other", parts[2]).With(id, row.Id, "pending", parts[3])
                .With(id, row.Id, "total", parts.Sum());
            r++;
        }
    }

    private static void Proactive(AnnualReport report, int seed)
    {
        if (report.Format.Id == ReportFormats.Trial2019)
        {
            report.With("s2.art20_1", "rules", "new_made", seed % 2).With("s2.art20_1", "rules", "new_published", seed % 2)
                .With("s2.art20_1", "rules", "total_published", 5 + seed)
                .With("s2.art20_1", "normative_docs", "new_made", 3 + seed).With("s2.art20_1", "normative_docs", "new_published", 2 + seed)
                .With("s2.art20_1", "normative_docs", "total_published", 40 + seed);
            Items(report, "s2.art20_5", "admin_license", 12 + seed, -1, 150 * seed);
            Items(report, "s2.art20_5", "other_external_services", 3, 2, 20);
            Items(report, "s2.art20_6", "admin_penalty", 8, 1, 30 + seed);
            Items(report, "s2.art20_6", "admin_coercion", 2, 0, 4);
            report.With("s2.art20_8", "admin_fees", "prev_year_items", 3).With("s2.art20_8", "admin_fees", "change", -1)
                .With("s2.art20_9", "gov_central_procurement", "procurement_items", 6 + seed)
                .With("s2.art20_9", "gov_central_procurement", "procurement_amount", 64.7346m * seed, "万元");
            return;
        }

        report.With("s2.art20_1", "rules", "made", 0).With("s2.art20_1", "rules", "repealed", 0).With("s2.art20_1", "rules", "in_force", 2)
            .With("s2.art20_1", "admin_normative_docs", "made", Made(report.Year, seed))
            .With("s2.art20_1", "admin_normative_docs", "repealed", Repealed(report.Year))
            .With("s2.art20_1", "admin_normative_docs", "in_force", InForce(report.Year, seed))
            .With("s2.art20_5", "admin_license", "decisions", 150 * seed)
            .With("s2.art20_6", "admin_penalty", "decisions", 30 + seed).With("s2.art20_6", "admin_coercion", "decisions", 4)
            .With("s2.art20_8", "admin_fees", "fee_amount", 1.2345m * seed);
    }

    private static void Items(AnnualReport report, string table, string row, decimal previous, decimal change, decimal decisions) =>
        report.With(table, row, "prev_year_items", previous).With(table, row, "change", change).With(table, row, "decisions", decisions);

    private static decimal Made(int year, int seed) => (year % 3) + seed;

    private static decimal Repealed(int year) => year % 2;

    private static decimal InForce(int year, int seed) =>
        (30 * seed) + Enumerable.Range(2021, Math.Max(0, year - 2020)).Sum(y => Made(y, seed) - Repealed(y));

    /// <summary>Writes the narrative of sections 一, 五 and 六 from the tables as they are now.</summary>
    public static AnnualReport Narrate(this AnnualReport report)
    {
        const string id = "s3.applications";
        var year = report.Year.ToString(CultureInfo.InvariantCulture);
        string N(string row) => report.Value(id, row, "total").ToString(CultureInfo.InvariantCulture);
        var pick = report.Year % S1Paragraphs.Length;

        report.Narratives["s1"] =
            $"本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。{S1Paragraphs[pick]}\n" +
            $"本年度共收到政府信息公开申请{N("new_received")}件，上年结转{N("carried_over")}件，办结{N("result.total")}件，结转下年度继续办理{N("carried_forward")}件。";
        report.Narratives["s5"] = S5Paragraphs[pick];
        report.Narratives["s6"] = report.Format.Id == ReportFormats.Format2021
            ? $"{S6Paragraphs[pick]}本年度发出收费通知{N("other.fee_unpaid")}件，未实际收取信息处理费。"
            : S6Paragraphs[pick];
        return report;
    }

    // Distinct paragraphs rotated by year, so consecutive years are not copies of each other (R-NO-COPY).
    private static readonly string[] S1Paragraphs =
    [
        "全年围绕重点领域信息公开开展工作，在门户网站专栏发布交通规划、重大项目审批和财政预决算信息，并及时更新机构职能与办事指南，方便群众查询。",
        "本年度修订了依申请公开办理流程，明确登记、审核、答复各环节时限，设立统一受理窗口，建立月度台账并对超期风险进行提示，答复质量明显提升。",
        "围绕政策解读开展工作，对出台的规范性文件同步发布图文解读和问答，组织两次线上访谈，回应社会关切，并通过政务新媒体推送惠民政策要点。",
        "加强平台建设，完成政府信息公开专栏栏目调整与历史信息清理，推进公开目录标准化，实现主动公开信息可检索、可下载，并对栏目更新情况开展季度检查。",
    ];

    private static readonly string[] S5Paragraphs =
    [
        "存在的主要问题是部分科室对公开属性认定把握不准，解读材料形式单一。下一步将组织专题培训，编制属性认定指引，丰富图表、视频等解读形式。",
        "个别申请答复文书说理不够充分，救济途径告知不规范。改进措施是统一答复文书模板，建立法律顾问审核机制，对疑难申请集体研究后答复。",
        "专栏部分历史信息更新不及时，链接失效的情况偶有发生。今后将落实专人维护制度，每月巡查栏目链接，发现问题限期整改并通报。",
        "基层工作人员业务能力参差不齐，新修订条例的理解不够深入。计划分批次开展业务轮训，选派骨干参加上级培训，并将公开工作纳入科室年度评价。",
    ];

    private static readonly string[] S6Paragraphs =
    [
        "本机关积极落实人大代表建议和政协委员提案办理结果公开要求，全年公开办理复文摘要，接受社会监督，没有其他需要报告的重大事项。",
        "本年度按照上级部署开展基层政务公开标准化规范化建设，编制完成本部门公开事项清单，组织开展政府开放日活动一次，邀请市民代表参观座谈。",
        "本机关对照年度工作要点逐项落实，按期完成政务公开工作自查，问题清单已全部整改销号，并将整改情况报送上级政务公开主管部门备案。",
        "结合机构改革后职能调整情况，及时更新机构概况、领导分工和内设机构信息，确保公开内容与实际职责一致，同时做好历史信息归档移交。",
    ];
}
