using Gongkai.Applications;

namespace Gongkai.Tests.Applications;

internal static class Refusals
{
    /// <summary>Asserts that <paramref name="action"/> is refused with <paramref name="code"/> and a Chinese message, and changes nothing.</summary>
    public static WorkflowRuleException Refused(string code, DisclosureApplication application, Action action)
    {
        var version = application.Version;
        var status = application.Status;
        var ex = Assert.Throws<WorkflowRuleException>(action);
        Assert.Equal(code, ex.Code);
        Assert.Contains(ex.Message, c => c >= '\u4e00' && c <= '\u9fff');
        Assert.Equal(version, application.Version);
        Assert.Equal(status, application.Status);
        return ex;
    }
}
