using Gongkai.Deadlines;

namespace Gongkai.Applications;

/// <summary>The date of receipt (收到申请之日), the start of every clock: Regulation Art. 31, in one place.</summary>
public static class ReceiptDate
{
    /// <summary>
    /// The statutory date of receipt, or null while the confirmation the channel needs is outstanding.
    /// <paramref name="arrivedAt"/> is when the application arrived (for signed post: when the agency signed for it).
    /// </summary>
    public static DateOnly? Of(Channel channel, DateTime arrivedAt, DateTime? confirmedAt) => channel switch
    {
        // Art. 31 (一): in person, the day of submission.
        Channel.InPerson => ChinaTime.ToStatutoryDate(arrivedAt),
        // Art. 31 (二): post requiring a signature, the day the agency signs for it.
        Channel.SignedPost => ChinaTime.ToStatutoryDate(arrivedAt),
        // Art. 31 (三): on the portal both sides confirm at once, the system by the tracking number it returns.
        Channel.Portal => ChinaTime.ToStatutoryDate(arrivedAt),
        // Art. 31 (二): an ordinary letter is confirmed with the applicant on the day it arrives; that date counts.
        Channel.OrdinaryLetter => Confirmed(confirmedAt),
        // Art. 31 (三): other internet channels (e-mail, other platforms) and the work body's fax, the day both sides confirm.
        Channel.Fax or Channel.Email or Channel.Online => Confirmed(confirmedAt),
    };

    /// <summary>Which day counts as 收到申请之日 for a channel, in the words staff read when registering an application.</summary>
    public static string Rule(Channel channel) => channel switch
    {
        Channel.InPerson => "当面提交的，以提交之日为收到申请之日（条例第三十一条第一项）。",
        Channel.SignedPost => "以邮寄方式提交的，以行政机关签收之日为收到申请之日；“到达时间”填写签收时间（条例第三十一条第二项）。",
        Channel.OrdinaryLetter => "以平常信函等无需签收的邮寄方式提交的，应于收到当日与申请人确认，确认之日为收到申请之日（条例第三十一条第二项）。",
        Channel.Fax => "通过传真提交的，以双方确认之日为收到申请之日（条例第三十一条第三项）。",
        Channel.Email => "通过电子邮件提交的，以双方确认之日为收到申请之日（条例第三十一条第三项）。",
        Channel.Portal => "通过本平台网上申请的，系统即时发放受理编号，即为双方确认，以提交之日为收到申请之日（条例第三十一条第三项）。",
        Channel.Online => "通过其他互联网渠道（如省级政务服务平台）提交的，以双方确认之日为收到申请之日（条例第三十一条第三项）。",
    };

    /// <summary>Whether Art. 31 makes the date of receipt depend on a confirmation with the applicant.</summary>
    public static bool NeedsConfirmation(Channel channel) => channel is not (Channel.InPerson or Channel.SignedPost or Channel.Portal);

    private static DateOnly? Confirmed(DateTime? confirmedAt) =>
        confirmedAt is { } at ? ChinaTime.ToStatutoryDate(at) : null;
}
