using System.Text.Json;
using Gongkai.Applications;

namespace Gongkai.Letters;

/// <summary>
/// The wording of every letter, read once from the embedded letter-templates.json, where each outcome's text stands as
/// whole sentences reviewed together; code only fills the placeholders. The outcomes listed here are the replies staff
/// may decide on.
/// </summary>
public static class LetterTemplates
{
    private static readonly Lazy<TemplateFile> File = new(Load);

    /// <summary>Every outcome a reply letter answers with, in the order the form lists them.</summary>
    public static IReadOnlyList<ReplyOutcome> ReplyOutcomes => File.Value.Outcomes;

    /// <summary>The withholding grounds (Arts. 14–16 and 行政查询事项), which the withheld part of a partial disclosure rests on.</summary>
    public static IReadOnlyList<ReplyOutcome> WithheldGrounds => [.. File.Value.Outcomes.Where(o => o.Ground is not null)];

    /// <summary>联系人 and telephone, which every letter may print.</summary>
    public static LetterField ContactField => File.Value.ContactField;

    public static ReplyOutcome? FindReply(string? outcome) => File.Value.Outcomes.FirstOrDefault(o => o.Outcome == outcome);

    /// <summary>What staff write for a procedural notice, beyond the contact line.</summary>
    public static IReadOnlyList<LetterField> NoticeFields(LetterKind kind) => Notice(kind).Fields;

    internal static string Regulation => File.Value.Regulation;

    internal static string ReplyTitle => File.Value.ReplyTitle;

    internal static string ReplyClosing => File.Value.ReplyClosing;

    internal static IReadOnlyList<Segment> Receipt => File.Value.Receipt;

    internal static string CorrectionReceived => File.Value.Text("correction_received");

    internal static string Contact => File.Value.Text("contact");

    internal static IReadOnlyList<IReadOnlyList<Segment>> ReplyParagraphs(ReplyOutcome outcome) => File.Value.ReplyParagraphs[outcome.Outcome];

    internal static NoticeTemplate Notice(LetterKind kind) =>
        File.Value.Notices.TryGetValue(kind, out var notice) ? notice : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Replies have outcome templates.");

    internal static string Remedy(RemedyRoute kind) => File.Value.Root.GetProperty("remedies").GetProperty(kind switch
    {
        RemedyRoute.Either => "either",
        RemedyRoute.ReconsiderationFirst => "reconsideration_first",
        RemedyRoute.None => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No remedy notice to print."),
    }).GetString()!;

    /// <summary>How the information reaches the applicant by the delivery asked for (Art. 40), unless staff say otherwise.</summary>
    internal static string Provision(DeliveryMethod delivery) =>
        File.Value.Root.GetProperty("provision").GetProperty(delivery.ToString()).GetString()!;

    internal static string FeeMethodText(FeeMethod method) =>
        File.Value.Root.GetProperty("notices").GetProperty("Fee").GetProperty("fee_methods").GetProperty(method.ToString()).GetString()!;

    private static TemplateFile Load()
    {
        using var stream = typeof(LetterTemplates).Assembly.GetManifestResourceStream("Gongkai.letter-templates.json")
            ?? throw new InvalidOperationException("The embedded letter-templates.json is missing from the build.");
        return new TemplateFile(JsonDocument.Parse(stream).RootElement.Clone());
    }

    private sealed class TemplateFile
    {
        public TemplateFile(JsonElement root)
        {
            Root = root;
            Regulation = Text("regulation");
            Receipt = Paragraph(root.GetProperty("receipt"));
            ContactField = Field(root.GetProperty("contact_field"));
            var reply = root.GetProperty("reply");
            ReplyTitle = reply.GetProperty("title").GetString()!;
            ReplyClosing = reply.GetProperty("closing").GetString()!;
            var outcomes = new List<ReplyOutcome>();
            foreach (var entry in reply.GetProperty("outcomes").EnumerateArray())
            {
                // Outcomes "like" a shared template (the withheld grounds) take its remedy, fields and paragraphs.
                var shape = entry.TryGetProperty("like", out var like) ? reply.GetProperty(like.GetString()!) : entry;
                var code = entry.GetProperty("outcome").GetString()!;
                var ground = entry.TryGetProperty("ground", out var g)
                    ? new WithheldGround(g.GetProperty("article").GetString()!, g.GetProperty("predicate").GetString()!)
                    : null;
                outcomes.Add(new ReplyOutcome(code, entry.GetProperty("basis").GetString()!, entry.GetProperty("label").GetString()!,
                    Remedy(shape), Fields(shape), ground));
                ReplyParagraphs[code] = Paragraphs(shape);
            }

            Outcomes = outcomes;
            foreach (var notice in root.GetProperty("notices").EnumerateObject())
            {
                var value = notice.Value;
                Notices[Enum.Parse<LetterKind>(notice.Name)] = new NoticeTemplate(value.GetProperty("title").GetString()!,
                    value.GetProperty("basis").GetString()!, value.GetProperty("closing").GetString()!, Remedy(value), Fields(value), Paragraphs(value));
            }
        }

        public JsonElement Root { get; }

        public string Regulation { get; }

        public IReadOnlyList<Segment> Receipt { get; }

        public LetterField ContactField { get; }

        public string ReplyTitle { get; }

        public string ReplyClosing { get; }

        public IReadOnlyList<ReplyOutcome> Outcomes { get; }

        public Dictionary<string, IReadOnlyList<IReadOnlyList<Segment>>> ReplyParagraphs { get; } = [];

        public Dictionary<LetterKind, NoticeTemplate> Notices { get; } = [];

        public string Text(string name) => Root.GetProperty(name).GetString()!;

        private static RemedyRoute Remedy(JsonElement entry) => !entry.TryGetProperty("remedy", out var remedy) ? RemedyRoute.None
            : remedy.GetString() switch
            {
                "either" => RemedyRoute.Either,
                "reconsideration_first" => RemedyRoute.ReconsiderationFirst,
                var other => throw new InvalidOperationException($"Unknown remedy '{other}' in letter-templates.json."),
            };

        private static List<LetterField> Fields(JsonElement entry) =>
            [.. entry.GetProperty("fields").EnumerateArray().Select(Field)];

        private static LetterField Field(JsonElement f) => new(
            f.GetProperty("name").GetString()!, f.GetProperty("label").GetString()!,
            Enum.Parse<LetterFieldKind>(f.GetProperty("kind").GetString()!, ignoreCase: true),
            f.TryGetProperty("required", out var required) ? required.GetString() : null,
            f.TryGetProperty("unless", out var unless) ? unless.GetString() : null,
            f.TryGetProperty("code", out var code) ? code.GetString() : null);

        private static List<IReadOnlyList<Segment>> Paragraphs(JsonElement entry) =>
            [.. entry.GetProperty("paragraphs").EnumerateArray().Select(Paragraph)];

        private static List<Segment> Paragraph(JsonElement paragraph) =>
            [.. paragraph.EnumerateArray().Select(s => s.ValueKind == JsonValueKind.String
                ? new Segment(s.GetString()!)
                : new Segment(s.GetProperty("text").GetString()!,
                    s.TryGetProperty("if", out var when) ? when.GetString() : null,
                    s.TryGetProperty("unless", out var unless) ? unless.GetString() : null))];
    }
}
