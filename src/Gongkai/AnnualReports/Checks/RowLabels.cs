using System.Text;

namespace Gongkai.AnnualReports.Checks;

/// <summary>Compares row labels as printed by different sources: spacing and half-width brackets vary, words do not.</summary>
internal static class RowLabels
{
    public static string Normalize(string label)
    {
        var text = new StringBuilder(label.Length);
        foreach (var c in label)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            text.Append(c switch
            {
                '(' => '（',
                ')' => '）',
                ',' => '，',
                '．' => '.',
                _ => c,
            });
        }

        return text.ToString();
    }

    public static bool Same(string a, string b) => Normalize(a) == Normalize(b);
}
