using Gongkai.Applications;
using static Gongkai.Letters.LetterText;

namespace Gongkai.Letters;

/// <summary>The values a template is filled with: the facts of the case file, then what staff wrote for the letter's fields.</summary>
internal static class LetterValues
{
    /// <summary>What every letter about the case may print; <c>receipt</c> is the sentence that opens letters to the applicant.</summary>
    public static Dictionary<string, string> Of(DisclosureApplication application)
    {
        var values = new Dictionary<string, string>
        {
            ["you"] = You(application.Applicant),
            ["regulation"] = Regulation,
            ["received"] = Date(application.ReceivedOn!.Value),
            ["tracking_number"] = application.TrackingNumber,
            ["description"] = Fragment(application.Request.Description) ?? "",
        };
        Add(values, "document_number", Fragment(application.Request.DocumentNumber));
        if (application.Correction is { ReceivedOn: { } corrected } correction)
        {
            values["correction_asked"] = Date(correction.RequestedOn);
            values["correction_received"] = Date(corrected);
        }

        values["receipt"] = Fill(LetterTemplates.Receipt, values);
        return values;
    }

    /// <summary>
    /// Adds what staff wrote for <paramref name="fields"/>, each as a fragment, and refuses the letter when a required
    /// one is missing, with the field's code and the template's message.
    /// </summary>
    public static void AddFields(Dictionary<string, string> values, IEnumerable<LetterField> fields, LetterDetails details)
    {
        var list = fields.ToList();
        foreach (var field in list)
        {
            Add(values, field.Name, field.Kind == LetterFieldKind.Flag
                ? (details.Flag(field.Name) ? "true" : null)
                : Fragment(details.Value(field.Name)));
        }

        foreach (var field in list.Where(f => f.Required is not null && !values.ContainsKey(f.Name)))
        {
            if (field.Unless is null || !values.ContainsKey(field.Unless))
                throw LetterValidation.Refuse(field.RefusalCode, field.Required!);
        }
    }

    public static void Add(Dictionary<string, string> values, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
            values[name] = value;
    }
}
