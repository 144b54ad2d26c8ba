namespace Gongkai.Applications;

/// <summary>
/// The rate tables of the fee measures (国办函〔2020〕109号 Arts. 3–5, shared/domain/fees.md §2), for staff to compute
/// the amount of a fee notice. Charging at all is the agency's choice (Art. 42 "可以"), so nothing here decides it.
/// </summary>
public static class FeeSchedule
{
    /// <summary>
    /// 按件计收: the fee for the applicant's k-th application of a calendar month. 1–10 free, 11–30 100 元, then 100 元
    /// more per band of 10; the 31–40 band is read as the first further band (200 元), the usual reading (fees.md §2.1).
    /// </summary>
    public static decimal PerApplication(int placeInMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(placeInMonth, 1);
        return placeInMonth switch
        {
            <= 10 => 0m,
            <= 30 => 100m,
            _ => 100m * (2 + ((placeInMonth - 31) / 10)),
        };
    }

    /// <summary>按量计收: pages 1–30 free, 31–100 at 10 元, 101–200 at 20 元, beyond at 40 元 a page (excess-progressive).</summary>
    public static decimal PerVolume(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pages);
        return (10m * Band(pages, 30, 100)) + (20m * Band(pages, 100, 200)) + (40m * Band(pages, 200, int.MaxValue));
    }

    /// <summary>
    /// The place of <paramref name="application"/> among the same applicant's applications received in its calendar month
    /// (自然月), by date of receipt (Art. 31; fees.md §2.1 leaves the date to us) and then by id. The applicant is
    /// recognised by the identity document.
    /// </summary>
    public static int PlaceInMonth(DisclosureApplication application, IEnumerable<DisclosureApplication> others)
    {
        ArgumentNullException.ThrowIfNull(application);
        var received = application.ReceivedOn
            ?? throw new InvalidOperationException("An application without a date of receipt has no place in a month.");
        bool Same(DisclosureApplication other) =>
            other.Applicant.IdDocumentType == application.Applicant.IdDocumentType
            && other.Applicant.IdDocumentNumber == application.Applicant.IdDocumentNumber
            && other.ReceivedOn is { } d && d.Year == received.Year && d.Month == received.Month;
        return others.Where(o => o.Id != application.Id && Same(o))
            .Count(o => o.ReceivedOn < received || (o.ReceivedOn == received && o.Id < application.Id)) + 1;
    }

    private static int Band(int pages, int above, int upTo) => Math.Max(0, Math.Min(pages, upTo) - above);
}
