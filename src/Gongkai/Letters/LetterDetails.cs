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

    /// <summary>The text of the field the letter templates name <paramref name="field"/> (reason, location, holder …).</summary>
    public string? Value(string field) => field switch
    {
        "number" => Number,
        "reason" => Reason,
        "how_provided" => HowProvided,
        "location" => Location,
        "disclosed_part" => DisclosedPart,
        "withheld_part" => WithheldPart,
        "withheld_outcome" => WithheldOutcome,
        "holder" => Holder,
        "holder_contact" => HolderContact,
        "payment_method" => PaymentMethod,
        "contact" => Contact,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "No such letter field."),
    };

    /// <summary>Whether the tick the templates name <paramref name="field"/> is set.</summary>
    public bool Flag(string field) => field switch
    {
        "holder_unknown" => HolderUnknown,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "No such letter tick."),
    };

    /// <summary>Details from a form whose inputs are named as the template fields are; a tick is any value but empty.</summary>
    public static LetterDetails FromFields(Func<string, string?> posted)
    {
        ArgumentNullException.ThrowIfNull(posted);
        static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
        return new LetterDetails
        {
            Reason = Text(posted("reason")),
            HowProvided = Text(posted("how_provided")),
            Location = Text(posted("location")),
            DisclosedPart = Text(posted("disclosed_part")),
            WithheldPart = Text(posted("withheld_part")),
            WithheldOutcome = Text(posted("withheld_outcome")),
            Holder = Text(posted("holder")),
            HolderContact = Text(posted("holder_contact")),
            HolderUnknown = Text(posted("holder_unknown")) is not null,
            PaymentMethod = Text(posted("payment_method")),
            Contact = Text(posted("contact")),
        };
    }
}
