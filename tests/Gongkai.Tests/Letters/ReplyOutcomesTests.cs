using Gongkai.AnnualReports.Formats;
using Gongkai.Letters;
using Gongkai.Web.Applications;

namespace Gongkai.Tests.Letters;

/// <summary>
/// The reply outcomes staff choose from are named by the legal outcome, in the words of the provision it rests on,
/// so two outcomes counted in one report row (36(一) and 36(二) in 予以公开, 36(四) and 36(五) in 本机关不掌握) never
/// look alike; and the provisions quoted are pinned to the Regulation's text.
/// </summary>
public class ReplyOutcomesTests
{
    // The outcomes the report format has no article for are named in the report row's own words.
    private static readonly string[] NamedByTheReport = ["admin_query", "art30_unclear_after_correction", "confirm_or_reissue"];

    [Theory]
    [InlineData(2020)]
    [InlineData(2025)]
    public void NoTwoOutcomesShareAName(int year)
    {
        var choices = OutcomeChoices.ForYear(year);

        Assert.Equal(choices.Count, choices.Select(c => c.Title).Distinct().Count());
        Assert.Equal(choices.Count, LetterTemplates.ReplyOutcomes.Select(o => o.Label).Distinct().Count());
        Assert.All(choices, c => Assert.StartsWith("年报计入：", c.ReportRow, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("art36_1_already_public", "所申请公开信息已经主动公开（条例第三十六条第（一）项）", "三、本年度办理结果 — （一）予以公开")]
    [InlineData("art36_2_disclosed", "所申请公开信息可以公开（条例第三十六条第（二）项）", "三、本年度办理结果 — （一）予以公开")]
    [InlineData("art36_4_not_exist", "经检索没有所申请公开信息（条例第三十六条第（四）项）", "（四）无法提供 — 1.本机关不掌握相关政府信息")]
    [InlineData("art36_5_not_this_agency", "所申请公开信息不属于本行政机关负责公开（条例第三十六条第（五）项）", "（四）无法提供 — 1.本机关不掌握相关政府信息")]
    [InlineData("art36_7_special_procedure_registry", "所申请公开信息属于工商、不动产登记资料等信息，有关法律、行政法规对信息的获取有特别规定（条例第三十六条第（七）项）", "（三）不予公开 — 8.属于行政查询事项")]
    [InlineData("admin_query", "决定不予公开：属于行政查询事项（条例第三十六条第（三）项）", "（三）不予公开 — 8.属于行政查询事项")]
    public void OutcomesSharingAReportRowAreToldApartByTheirLegalOutcome(string outcome, string title, string row)
    {
        var choice = OutcomeChoices.ForYear(2025).Single(c => c.Outcome == outcome);

        Assert.Equal((title, "年报计入：" + row), (choice.Title, choice.ReportRow));
    }

    [Fact]
    public void EachOutcomeIsNamedInTheWordsOfItsProvision()
    {
        foreach (var outcome in LetterTemplates.ReplyOutcomes)
        {
            var label = outcome.Label.Replace("决定不予公开：", "", StringComparison.Ordinal);
            if (NamedByTheReport.Contains(outcome.Outcome))
            {
                var row = ReportFormats.OutcomeRow(outcome.Outcome, ReportFormats.Format2021)!;
                var rowLabel = ReportFormats.Get(ReportFormats.Format2021).Tables.Select(t => t.FindRow(row)).First(r => r is not null)!.Label;
                Assert.EndsWith(label, rowLabel, StringComparison.Ordinal);
                continue;
            }

            var cited = string.Concat(outcome.Basis.Split('、').Select(c => Provisions.Text(Provisions.Regulation, c) ?? ""));
            Assert.All(label.Split('，'), piece => Assert.Contains(piece, cited, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(Provisions.Regulation, "第三十六条第（一）项", "所申请公开信息已经主动公开的，告知申请人获取该政府信息的方式、途径；")]
    [InlineData(Provisions.Regulation, "第三十七条", "行政机关应当向申请人提供可以公开的政府信息内容，并对不予公开的内容说明理由。")]
    [InlineData(Provisions.Reconsideration, "第二十三条第一款第（四）项", "申请政府信息公开，行政机关不予公开；")]
    [InlineData(Provisions.Reconsideration, "第二十四条第一款", "（三）对本级人民政府依法设立的派出机关作出的行政行为不服的；")]
    [InlineData(Provisions.Litigation, "第十五条第一款第（一）项", "对国务院部门或者县级以上地方人民政府所作的行政行为提起诉讼的案件；")]
    public void TheQuotedProvisionsSayWhatTheLawSays(string law, string citation, string words) =>
        Assert.Contains(words, Provisions.Text(law, citation), StringComparison.Ordinal);
}
