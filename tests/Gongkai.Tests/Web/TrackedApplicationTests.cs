using Gongkai.Tests.Applications;
using Gongkai.Web.Applications;
using Microsoft.Extensions.Time.Testing;
using static Gongkai.Tests.Applications.CaseBuilder;

namespace Gongkai.Tests.Web;

public class TrackedApplicationTests
{
    [Fact]
    public void TheApplicantSeesTheExtensionButNotTheOfficesDeliberationOnIt()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03");
        application.RequestExtension(b.On("2025-03-20"), Clerk, 10, "需要调档", Calendar);
        application.DeclineExtension(b.On("2025-03-21"), OfficeHead, true, "可以按期答复");
        application.RequestExtension(b.On("2025-03-24"), Clerk, 5, "第三方材料未到", Calendar);
        application.ApproveExtension(b.On("2025-03-25"), OfficeHead, true, Calendar);

        var tracked = TrackedApplication.From(application, [], Calendar, new FakeTimeProvider(new DateTimeOffset(2025, 3, 25, 12, 0, 0, TimeSpan.FromHours(8))));

        Assert.Equal(["提交申请", "确认收到申请", "延长答复期限"], tracked.Timeline.Select(e => e.Step));
    }
}
