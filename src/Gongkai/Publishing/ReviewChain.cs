using Gongkai.Staff;

namespace Gongkai.Publishing;

/// <summary>
/// The rules of a review chain and the default one, as the sample annual report describes its review: 科室初审 →
/// 政府办初核 → 主管领导复审 → 主要领导复核, then 保密审查 before publication (Art. 17 ¶2: information to be published is
/// reviewed under the Law on Guarding State Secrets), which every chain must keep.
/// </summary>
public static class ReviewChain
{
    public const int MaxSteps = 8;
    public const int NameLength = 20;

    public static readonly IReadOnlyList<ReviewStage> Default =
    [
        new(1, "科室初审", StaffRoles.SectionHead),
        new(2, "政府办初核", StaffRoles.GeneralOffice),
        new(3, "主管领导复审", StaffRoles.LeaderInCharge),
        new(4, "主要领导复核", StaffRoles.PrincipalLeader),
        new(5, "保密审查", StaffRoles.SecrecyReviewer),
    ];

    /// <summary>The roles a step may name: the reviewing roles and the head of the disclosure office.</summary>
    public static readonly IReadOnlyList<StaffRoles> ReviewerRoles =
    [
        StaffRoles.SectionHead, StaffRoles.GeneralOffice, StaffRoles.LeaderInCharge, StaffRoles.PrincipalLeader,
        StaffRoles.SecrecyReviewer, StaffRoles.OfficeHead,
    ];

    /// <summary>Refuses an empty or over-long chain, a blank or repeated name, a role that reviews nothing, and a chain without 保密审查.</summary>
    public static void Validate(IReadOnlyList<ReviewStage> chain)
    {
        ArgumentNullException.ThrowIfNull(chain);
        if (chain.Count == 0)
            throw new WorkflowRuleException("review.chain-empty", "审查流程至少需要一个环节");
        if (chain.Count > MaxSteps)
            throw new WorkflowRuleException("review.chain-too-long", $"审查流程最多 {MaxSteps} 个环节");
        foreach (var stage in chain)
        {
            if (string.IsNullOrWhiteSpace(stage.Name) || stage.Name.Trim().Length > NameLength)
                throw new WorkflowRuleException("review.step-name", $"每个环节都要有名称，且不超过 {NameLength} 个字");
            if (!ReviewerRoles.Contains(stage.Role))
                throw new WorkflowRuleException("review.step-role", $"「{stage.Name}」的审查角色无效");
        }

        if (chain.Select(s => s.Name.Trim()).Distinct().Count() != chain.Count)
            throw new WorkflowRuleException("review.step-repeated", "环节名称不能重复");
        if (chain.Select(s => s.Position).Distinct().Count() != chain.Count)
            throw new ArgumentException("Positions must differ.", nameof(chain));
        if (!chain.Any(s => s.Role == StaffRoles.SecrecyReviewer))
            throw new WorkflowRuleException("review.secrecy-required", "审查流程必须包含由保密审查员进行的保密审查（条例第十七条）");
    }
}
