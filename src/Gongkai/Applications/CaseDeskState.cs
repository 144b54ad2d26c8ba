namespace Gongkai.Applications;

/// <summary>Which cases the desk lists by where they stand.</summary>
public enum CaseDeskState
{
    /// <summary>Not yet concluded (未办结): the working list, due dates first.</summary>
    Open,
    /// <summary>Concluded (已办结) by reply, abandonment or withdrawal.</summary>
    Concluded,
    /// <summary>Every case.</summary>
    All,
    /// <summary>The one status named by <see cref="CaseDeskFilter.Status"/>.</summary>
    Status,
}
