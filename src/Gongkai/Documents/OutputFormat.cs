namespace Gongkai.Documents;

public enum OutputFormat
{
    Html,
    Docx,
    Xlsx,
    Pdf,
    Markdown,
    Json,
}
