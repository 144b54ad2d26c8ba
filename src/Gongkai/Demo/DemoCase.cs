namespace Gongkai.Demo;

/// <summary>How a demo case is handled after receipt, before its outcome.</summary>
internal enum DemoPath
{
    Plain,
    /// <summary>An ordinary letter whose receipt is not confirmed yet (Art. 31).</summary>
    Unconfirmed,
    Correction,
    ThirdParty,
    OtherAgency,
    Extension,
    Fee,
}

/// <summary>
/// Where a demo case should go: its path, the outcome it ends with (a reply code, or one of the closing outcomes) and
/// how far after the reply it is taken (0 replied, 1 delivered, 2 closed). Steps later than today are not taken, so
/// recent cases stay open in whatever state the date reached. <see cref="ReplyDay"/> fixes the day of a plain reply.
/// </summary>
internal sealed record DemoCase(DemoPath Path, string Outcome, int After, int? ReplyDay = null);
