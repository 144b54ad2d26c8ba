namespace Gongkai.Letters;

/// <summary>
/// A ground for withholding (Art. 36 (三) with Arts. 14–16): the article it rests on and how the letter names the
/// category. Keyed by the withheld outcome codes of the formats file.
/// </summary>
internal sealed record WithheldGround(string Article, string Category)
{
    private static readonly Dictionary<string, WithheldGround> Grounds = new()
    {
        ["art14_state_secret"] = new("第十四条", "属于国家秘密"),
        ["art14_law_prohibited"] = new("第十四条", "属于法律、行政法规禁止公开的政府信息"),
        ["art14_security_stability"] = new("第十四条", "公开后可能危及国家安全、公共安全、经济安全、社会稳定"),
        ["art15_third_party"] = new("第十五条", "涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害"),
        ["art16_internal_affairs"] = new("第十六条第一款", "属于行政机关的内部事务信息"),
        ["art16_process_info"] = new("第十六条第二款", "属于行政机关在履行行政管理职能过程中形成的过程性信息"),
        ["art16_enforcement_file"] = new("第十六条第二款", "属于行政执法案卷信息"),
        // The report's 行政查询事项 row has no article of its own; the decision rests on Art. 36 (三) alone.
        ["admin_query"] = new("", "属于行政查询事项，应当通过相应的查询途径获取"),
    };

    public static WithheldGround? Of(string? outcome) => outcome is not null && Grounds.TryGetValue(outcome, out var ground) ? ground : null;
}
