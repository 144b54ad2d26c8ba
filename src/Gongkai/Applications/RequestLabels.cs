namespace Gongkai.Applications;

/// <summary>The Chinese names the portal shows for the form, delivery method, channel, consultation opinions and timeline entries of a case.</summary>
public static class RequestLabels
{
    public static string Label(this InformationForm form) => form switch
    {
        InformationForm.Paper => "纸质",
        InformationForm.Electronic => "电子",
        InformationForm.Other => "其他",
    };

    public static string Label(this DeliveryMethod method) => method switch
    {
        DeliveryMethod.Post => "邮寄",
        DeliveryMethod.Email => "电子邮件",
        DeliveryMethod.InPerson => "当面领取",
        DeliveryMethod.Online => "网上下载",
    };

    /// <summary>The channel as Art. 31 names it.</summary>
    public static string Label(this Channel channel) => channel switch
    {
        Channel.InPerson => "当面提交",
        Channel.SignedPost => "邮寄（需签收）",
        Channel.OrdinaryLetter => "平常信函",
        Channel.Fax => "传真",
        Channel.Email => "电子邮件",
        Channel.Portal => "网上申请（本平台）",
        Channel.Online => "网上申请（其他平台）",
    };

    public static string Label(this ConsultationOpinion opinion) => opinion switch
    {
        ConsultationOpinion.Consents => "同意公开",
        ConsultationOpinion.Objects => "不同意公开",
        ConsultationOpinion.NoReply => "逾期未答复",
    };

    public static string Label(this CaseEventKind kind) => kind switch
    {
        CaseEventKind.Submitted => "提交申请",
        CaseEventKind.ReceiptConfirmed => "确认收到申请",
        CaseEventKind.CorrectionRequested => "告知补正",
        CaseEventKind.CorrectionReceived => "收到补正",
        CaseEventKind.ClosedForNoCorrection => "逾期未补正，视为放弃申请",
        CaseEventKind.ThirdPartyConsultationStarted => "征求第三方意见",
        CaseEventKind.ThirdPartyOpinionRecorded => "收到第三方意见",
        CaseEventKind.AgencyConsultationStarted => "征求其他机关意见",
        CaseEventKind.AgencyOpinionRecorded => "收到其他机关意见",
        CaseEventKind.DeadlineExtended => "延长答复期限",
        CaseEventKind.ExtensionRequested => "申请延长答复期限",
        CaseEventKind.ExtensionApproved => "负责人同意延期",
        CaseEventKind.ExtensionDeclined => "负责人不同意延期",
        CaseEventKind.FeeNoticeIssued => "发出收费通知",
        CaseEventKind.FeePaid => "已缴纳信息处理费",
        CaseEventKind.ClosedForFeeUnpaid => "逾期未缴费，视为放弃申请",
        CaseEventKind.Replied => "作出答复",
        CaseEventKind.Delivered => "答复已送达",
        CaseEventKind.Withdrawn => "申请人撤回申请",
        CaseEventKind.Closed => "办结归档",
        CaseEventKind.DueDatesRecounted => "节假日安排载入，重新计算期限",
        CaseEventKind.Assigned => "分派承办人",
        CaseEventKind.Reassigned => "改派承办人",
    };
}
