namespace Gongkai.Deadlines;

/// <summary>The table behind <see cref="DeadlineRule"/>: how many working days and which provision sets them.</summary>
public static class DeadlineRules
{
    private const string Regulation = "《中华人民共和国政府信息公开条例》";

    public static int Workdays(this DeadlineRule rule) => rule switch
    {
        DeadlineRule.Reply20 => 20,        // Regulation Art. 33 para 2
        DeadlineRule.Extension20 => 20,    // Regulation Art. 33 para 2: the extension "不得超过20个工作日"
        DeadlineRule.Correction7 => 7,     // Regulation Art. 30
        DeadlineRule.ThirdParty15 => 15,   // Regulation Art. 32
        DeadlineRule.OtherAgency15 => 15,  // Regulation Art. 34
        DeadlineRule.Publication20 => 20,  // Regulation Art. 26
        DeadlineRule.FeePayment20 => 20,   // 国办函〔2020〕109号 fee measures, as restated by provincial notices (shared/domain/fees.md §3)
    };

    /// <summary>The provision, as printed next to a deadline for staff.</summary>
    public static string Citation(this DeadlineRule rule) => rule switch
    {
        DeadlineRule.Reply20 => Regulation + "第三十三条第二款",
        DeadlineRule.Extension20 => Regulation + "第三十三条第二款（延长答复期限）",
        DeadlineRule.Correction7 => Regulation + "第三十条",
        DeadlineRule.ThirdParty15 => Regulation + "第三十二条",
        DeadlineRule.OtherAgency15 => Regulation + "第三十四条",
        DeadlineRule.Publication20 => Regulation + "第二十六条",
        DeadlineRule.FeePayment20 => "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）",
    };
}
