using Gongkai.Applications;

namespace Gongkai.Web.Api;

/// <summary>A case on the desk as the API gives it: codes for machines (channel, status, outcome) beside the labels staff read.</summary>
public sealed record StaffCaseRow(
    string TrackingNumber, string ApplicantName, string ApplicantType, string Request, int? HandlerId, string? Handler,
    string Channel, string ChannelLabel, string Status, string StatusLabel, DateOnly ArrivedOn, DateOnly? ReceivedOn,
    DateOnly? DueOn, string DueText, int? WorkdaysLeft, bool Overdue, string? Paused, string? Flag, string? Outcome,
    DateOnly? ConcludedOn, int Version)
{
    public static StaffCaseRow From(CaseDeskRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.TrackingNumber, row.ApplicantName, row.ApplicantType.Label(), row.Request, row.HandlerId, row.Handler,
            row.Channel.ToString(), row.Channel.Label(), row.Status.ToString(), row.Status.Label(), row.ArrivedOn, row.ReceivedOn,
            row.DueDates.Reply, row.DueDates.ReplyText, row.WorkdaysLeft, row.Overdue, row.Paused, row.Flag, row.Outcome,
            row.ConcludedOn, row.Version);
    }
}
