namespace Gongkai.Applications;

/// <summary>Status names as staff read them.</summary>
public static class ApplicationStatuses
{
    public static string Label(this ApplicationStatus status) => status switch
    {
        ApplicationStatus.AwaitingConfirmation => "待确认收到",
        ApplicationStatus.Received => "办理中",
        ApplicationStatus.AwaitingCorrection => "待补正",
        ApplicationStatus.InThirdPartyConsultation => "征求第三方意见中",
        ApplicationStatus.InAgencyConsultation => "征求其他机关意见中",
        ApplicationStatus.AwaitingFee => "待缴费",
        ApplicationStatus.Replied => "已答复",
        ApplicationStatus.Delivered => "已送达",
        ApplicationStatus.Closed => "已办结",
    };
}
