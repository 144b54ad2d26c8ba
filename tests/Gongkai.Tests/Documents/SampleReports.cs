using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Formats;

namespace Gongkai.Tests.Documents;

/// <summary>Reports built in code for the renderer tests, with the figures of the 南磨房 2019 sample.</summary>
internal static class SampleReports
{
    public const string InferredRule = "S3-ROW-TOTAL";

    /// <summary>
    /// A consistent 2019-trial report: 12 applications (8 from people, 4 from companies), 5 granted, 2 withheld to
    /// protect third parties, 5 not held; 64.7346 万元 of central procurement; 行政检查 and 行政确认 added under
    /// 其他对外管理服务事项; one total inferred; every other figure 0.
    /// </summary>
    public static AnnualReport Trial2019()
    {
        var report = new AnnualReport(ReportFormats.Get(ReportFormats.Trial2019), 2019, "南磨房地区办事处");
        report.SectionsFound.AddRange(["s1", "s2", "s3", "s4", "s5", "s6"]);
        report.Narratives["s1"] = "1. 主动公开情况\n全年公开各类信息 170 余条。\r\n\n2. 依申请公开办理情况";
        report.Narratives["s5"] = "部分科室对政府信息公开工作还不够重视。";
        report.Narratives["s6"] = "无。";
        ZeroEverything(report);

        var s2 = report.Table("s2.art20_9");
        s2["gov_central_procurement", "procurement_items"] = Cell.Blank;
        s2["gov_central_procurement", "procurement_amount"] = Cell.Of(64.7346m, "万元");
        // As in the sample, the parent row prints no figures of its own: its added rows carry them.
        var art20_5 = report.Table("s2.art20_5");
        foreach (var column in art20_5.Definition.Columns)
        {
            art20_5["other_external_services", column.Id] = Cell.NotFound;
        }

        foreach (var label in new[] { "行政检查", "行政确认" })
        {
            var extra = new ExtraRow(label, "other_external_services");
            extra.Cells["prev_year_items"] = Cell.Of(0);
            extra.Cells["change"] = Cell.Of(0);
            extra.Cells["decisions"] = Cell.Of(0);
            art20_5.ExtraRows.Add(extra);
        }

        var s3 = report.Table("s3.applications");
        s3["new_received", "natural_person"] = Cell.Of(8);
        s3["new_received", "legal.commercial"] = Cell.Of(4);
        s3["new_received", "total"] = Cell.Of(12);
        s3["result.granted", "natural_person"] = Cell.Of(5);
        s3["result.granted", "total"] = Cell.Of(5);
        s3["withheld.third_party", "natural_person"] = Cell.Of(2);
        s3["withheld.third_party", "total"] = Cell.Of(2);
        s3["unable.not_held", "natural_person"] = Cell.Of(1);
        s3["unable.not_held", "legal.commercial"] = Cell.Of(4);
        report.Infer("s3.applications", "unable.not_held", "total", 5, InferredRule);
        s3["result.total", "natural_person"] = Cell.Of(8);
        s3["result.total", "legal.commercial"] = Cell.Of(4);
        s3["result.total", "total"] = Cell.Of(12);
        return report;
    }

    /// <summary>A 2021-format report that lacks section 六 and the 复议后起诉 figures, with a fee amount.</summary>
    public static AnnualReport Format2021()
    {
        var report = new AnnualReport(ReportFormats.Get(ReportFormats.Format2021), 2022, "示例市示例局");
        report.SectionsFound.AddRange(["s1", "s2", "s3", "s4", "s5"]);
        report.Narratives["s1"] = "本局认真贯彻落实《中华人民共和国政府信息公开条例》。";
        report.Narratives["s5"] = "存在的问题：公开内容不够全面。";
        ZeroEverything(report);

        var s2 = report.Table("s2.art20_1");
        s2["admin_normative_docs", "made"] = Cell.Of(3);
        s2["admin_normative_docs", "repealed"] = Cell.Of(1);
        s2["admin_normative_docs", "in_force"] = Cell.Of(12);
        report.Table("s2.art20_5")["admin_license", "decisions"] = Cell.Of(120);
        report.Table("s2.art20_6")["admin_penalty", "decisions"] = Cell.Of(45);
        report.Table("s2.art20_8")["admin_fees", "fee_amount"] = Cell.Of(1.25m, "万元");

        var s3 = report.Table("s3.applications");
        s3["new_received", "natural_person"] = Cell.Of(7);
        s3["new_received", "total"] = Cell.Of(7);
        s3["result.granted", "natural_person"] = Cell.Of(6);
        s3["result.granted", "total"] = Cell.Of(6);
        s3["other.no_correction", "natural_person"] = Cell.Of(1);
        s3["other.no_correction", "total"] = Cell.Of(1);
        s3["result.total", "natural_person"] = Cell.Of(7);
        s3["result.total", "total"] = Cell.Of(7);

        // The original lost the 复议后起诉 block.
        var s4 = report.Table("s4.review_litigation");
        foreach (var column in s4.Definition.Columns)
        {
            s4["litigation_after_review", column.Id] = Cell.NotFound;
        }

        s4["review", "upheld"] = Cell.Of(1);
        s4["review", "total"] = Cell.Of(1);
        s4["litigation_direct", "pending"] = Cell.Of(2);
        s4["litigation_direct", "total"] = Cell.Of(2);
        return report;
    }

    private static void ZeroEverything(AnnualReport report)
    {
        foreach (var table in report.Tables.Values)
        {
            foreach (var row in table.Definition.DataRows)
            {
                foreach (var column in table.Definition.Columns)
                {
                    table[row.Id, column.Id] = Cell.Of(0);
                }
            }
        }
    }
}
