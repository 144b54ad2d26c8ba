namespace Gongkai.Letters;

/// <summary>
/// What staff write for one letter beyond what the case file already holds. Each field is needed only by the letters
/// that print it; <see cref="LetterValidation"/> says which are required where.
/// </summary>
public sealed record LetterDetails
{
    public static LetterDetails None { get; } = new();

    /// <summary>The agency's own 文号; when absent one is derived from the tracking number.</summary>
    public string? Number { get; init; }

    /// <summary>The outcome code for a reply drafted before it is recorded; otherwise the case's reply is used.</summary>
    public string? Outcome { get; init; }

    /// <summary>The reason or ground the outcome rests on (不予公开, 不予处理, 无法提供); for 36(四) the search made.</summary>
    public string? Reason { get; init; }

    /// <summary>How the information is provided (Art. 40); derived from the requested delivery when absent.</summary>
    public string? HowProvided { get; init; }

    /// <summary>Art. 36 (一): where the proactively disclosed information is found (column, 网址, 索引号).</summary>
    public string? Location { get; init; }

    /// <summary>Art. 37: the part that is disclosed.</summary>
    public string? DisclosedPart { get; init; }

    /// <summary>Art. 37: the part that is withheld.</summary>
    public string? WithheldPart { get; init; }

    /// <summary>Art. 37: the withholding ground of the withheld part, as a withheld outcome code (art14_…, art15_…, art16_…).</summary>
    public string? WithheldOutcome { get; init; }

    /// <summary>Art. 36 (五): the agency responsible for the information.</summary>
    public string? Holder { get; init; }

    /// <summary>Art. 36 (五): how to reach the responsible agency.</summary>
    public string? HolderContact { get; init; }

    /// <summary>Art. 36 (五): staff state that the responsible agency cannot be determined, instead of naming it.</summary>
    public bool HolderUnknown { get; init; }

    /// <summary>Extension notice: the new due date, as CaseClock computes it after the extension.</summary>
    public DateOnly? NewDueDate { get; init; }

    /// <summary>Fee notice: how to pay (缴款渠道, account or payment code).</summary>
    public string? PaymentMethod { get; init; }

    /// <summary>联系人 and telephone printed above the signature.</summary>
    public string? Contact { get; init; }
}
