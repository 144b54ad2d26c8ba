namespace Gongkai.Publishing;

/// <summary>The Chinese names of the publishing states and choices, as pages and the command line print them.</summary>
public static class PublishingLabels
{
    public static string Label(this DisclosureMode attribute) => attribute switch
    {
        DisclosureMode.Proactive => "主动公开",
        DisclosureMode.OnRequest => "依申请公开",
        DisclosureMode.Withheld => "不予公开",
    };

    public static string Label(this WithholdingGround ground) => ground switch
    {
        WithholdingGround.StateSecret => "依法确定为国家秘密（第十四条）",
        WithholdingGround.LawProhibited => "法律、行政法规禁止公开（第十四条）",
        WithholdingGround.SecurityStability => "公开后可能危及国家安全、公共安全、经济安全、社会稳定（第十四条）",
        WithholdingGround.ThirdParty => "涉及商业秘密、个人隐私等，公开会损害第三方合法权益（第十五条）",
        WithholdingGround.InternalAffairs => "内部事务信息（第十六条第一款）",
        WithholdingGround.ProcessInformation => "过程性信息（第十六条第二款）",
        WithholdingGround.EnforcementFile => "行政执法案卷信息（第十六条第二款）",
    };

    public static string Label(this DocumentStatus status) => status switch
    {
        DocumentStatus.Draft => "草稿",
        DocumentStatus.InReview => "审查中",
        DocumentStatus.Returned => "已退回",
        DocumentStatus.Approved => "审查通过",
        DocumentStatus.Published => "已发布",
        DocumentStatus.Withdrawn => "已撤回",
    };

    public static string Label(this DocumentValidity validity) => validity switch
    {
        DocumentValidity.Valid => "有效",
        DocumentValidity.Amended => "已修改",
        DocumentValidity.Repealed => "已废止",
        DocumentValidity.Expired => "已失效",
    };

    public static string Label(this DocumentKind kind) => kind switch
    {
        DocumentKind.Other => "其他政府信息",
        DocumentKind.Rule => "规章",
        DocumentKind.NormativeDocument => "行政规范性文件",
    };
}
