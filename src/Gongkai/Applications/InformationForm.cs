namespace Gongkai.Applications;

/// <summary>The form the applicant asks for (Art. 29 (三), Art. 40).</summary>
public enum InformationForm
{
    /// <summary>纸质</summary>
    Paper,
    /// <summary>电子</summary>
    Electronic,
    /// <summary>其他</summary>
    Other,
}
