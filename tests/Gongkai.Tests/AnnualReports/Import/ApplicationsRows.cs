namespace Gongkai.Tests.AnnualReports.Import;

/// <summary>
/// The section-三 table of a made-up but consistent 2021 report, as (group label, row label, seven values), so each
/// input-kind test can print it its own way.
/// </summary>
internal static class ApplicationsRows
{
    public const string Corner = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    public static readonly string[] ApplicantHeader = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];

    public static List<(string? Group, string Label, string[] Values)> Format2021() =>
    [
        (null, "一、本年新收政府信息公开申请数量", V(10, 2, 0, 0, 1, 0, 13)),
        (null, "二、上年结转政府信息公开申请数量", V(1, 0, 0, 0, 0, 0, 1)),
        ("三、本年度办理结果", "（一）予以公开", V(4, 1, 0, 0, 0, 0, 5)),
        ("三、本年度办理结果", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", V(1, 0, 0, 0, 0, 0, 1)),
        ("（三）不予公开", "1.属于国家秘密", Zeros),
        ("（三）不予公开", "2.其他法律行政法规禁止公开", Zeros),
        ("（三）不予公开", "3.危及“三安全一稳定”", Zeros),
        ("（三）不予公开", "4.保护第三方合法权益", V(1, 0, 0, 0, 0, 0, 1)),
        ("（三）不予公开", "5.属于三类内部事务信息", Zeros),
        ("（三）不予公开", "6.属于四类过程性信息", Zeros),
        ("（三）不予公开", "7.属于行政执法案卷", Zeros),
        ("（三）不予公开", "8.属于行政查询事项", Zeros),
        ("（四）无法提供", "1.本机关不掌握相关政府信息", V(2, 1, 0, 0, 1, 0, 4)),
        ("（四）无法提供", "2.没有现成信息需要另行制作", Zeros),
        ("（四）无法提供", "3.补正后申请内容仍不明确", Zeros),
        ("（五）不予处理", "1.信访举报投诉类申请", Zeros),
        ("（五）不予处理", "2.重复申请", V(1, 0, 0, 0, 0, 0, 1)),
        ("（五）不予处理", "3.要求提供公开出版物", Zeros),
        ("（五）不予处理", "4.无正当理由大量反复申请", Zeros),
        ("（五）不予处理", "5.要求行政机关确认或重新出具已获取信息", Zeros),
        ("（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", Zeros),
        ("（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", Zeros),
        ("（六）其他处理", "3.其他", V(1, 0, 0, 0, 0, 0, 1)),
        ("三、本年度办理结果", "（七）总计", V(10, 2, 0, 0, 1, 0, 13)),
        (null, "四、结转下年度继续办理", V(1, 0, 0, 0, 0, 0, 1)),
    ];

    private static string[] Zeros => V(0, 0, 0, 0, 0, 0, 0);

    private static string[] V(params int[] values) => values.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
}
