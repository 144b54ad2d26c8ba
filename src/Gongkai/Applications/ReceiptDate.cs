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
        // Art. 31 (二): an ordinary letter is confirmed with the applicant on the day it arrives; that date counts.
        Channel.OrdinaryLetter => Confirmed(confirmedAt),
        // Art. 31 (三): internet channels (e-mail, the online form) and the work body's fax, the day both sides confirm.
        Channel.Fax or Channel.Email or Channel.Online => Confirmed(confirmedAt),
    };

    /// <summary>Whether Art. 31 makes the date of receipt depend on a confirmation with the applicant.</summary>
    public static bool NeedsConfirmation(Channel channel) => channel is not (Channel.InPerson or Channel.SignedPost);

    private static DateOnly? Confirmed(DateTime? confirmedAt) =>
        confirmedAt is { } at ? ChinaTime.ToStatutoryDate(at) : null;
}
