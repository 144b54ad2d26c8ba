namespace Gongkai.Applications;

public enum ConsultationKind
{
    /// <summary>征求第三方意见 (Art. 32)</summary>
    ThirdParty,
    /// <summary>征求其他机关意见 (Art. 34)</summary>
    OtherAgency,
}
