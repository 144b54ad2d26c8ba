using System.Security.Cryptography;
using Gongkai.Auditing;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Staff;

/// <summary>Creating staff accounts; each is audited in the same save, without the password.</summary>
public static class StaffAdministration
{
    // No 0/O, 1/l/I: generated passwords are read off a screen and typed.
    private const string PasswordAlphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string GeneratePassword() => RandomNumberGenerator.GetString(PasswordAlphabet, 16);

    public static async Task<StaffUser> AddStaffAsync(this GongkaiDbContext db, string agencyCode, string loginName,
        string displayName, StaffRoles roles, string password, StaffUser? actor, CancellationToken cancellation = default)
    {
        var agency = await db.Agencies.SingleOrDefaultAsync(a => a.Code == agencyCode, cancellation).ConfigureAwait(false)
            ?? throw new InvalidValueException($"找不到机关“{agencyCode}”");
        if (await db.StaffUsers.AnyAsync(u => u.LoginName == loginName, cancellation).ConfigureAwait(false))
            throw new InvalidValueException($"登录名“{loginName}”已被使用");
        var user = new StaffUser(agency, loginName, displayName, roles, password);
        db.StaffUsers.Add(user);
        db.Audit(actor, AuditActions.StaffAdded, new AuditTarget("staff_user", loginName),
            summary: $"新增工作人员，角色：{StaffRoleNames.Chinese(roles)}", agencyId: agency.Id);
        await db.SaveChangesAsync(cancellation).ConfigureAwait(false);
        return user;
    }
}
