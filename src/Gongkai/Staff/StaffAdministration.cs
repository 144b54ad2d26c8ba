using System.Security.Cryptography;
using Gongkai.Auditing;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Staff;

/// <summary>Creating staff accounts, setting passwords and lifting sign-in waits; each is audited in the same save, without the password.</summary>
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

    /// <summary>Sets a user's password for them (an administrator, or the shell); every session of theirs ends.</summary>
    public static async Task<StaffUser> ResetPasswordAsync(this GongkaiDbContext db, string loginName, string password,
        StaffUser? actor, CancellationToken cancellation = default)
    {
        var user = await FindAsync(db, loginName, cancellation).ConfigureAwait(false);
        user.SetPassword(password);
        db.Audit(actor, AuditActions.PasswordReset, new AuditTarget("staff_user", user.LoginName),
            summary: "重设密码，原有登录全部失效", agencyId: user.AgencyId);
        await db.SaveChangesAsync(cancellation).ConfigureAwait(false);
        return user;
    }

    /// <summary>Lets every address try this user's name again at once; returns how many addresses were waiting or counted.</summary>
    public static async Task<int> ClearSignInLimitsAsync(this GongkaiDbContext db, string loginName, StaffUser? actor,
        CancellationToken cancellation = default)
    {
        var user = await FindAsync(db, loginName, cancellation).ConfigureAwait(false);
        var key = SignInThrottle.KeyOf(user.LoginName);
        var throttles = await db.SignInThrottles.Where(t => t.LoginKey == key).ToListAsync(cancellation).ConfigureAwait(false);
        db.SignInThrottles.RemoveRange(throttles);
        db.Audit(actor, AuditActions.SignInThrottleCleared, new AuditTarget("staff_user", user.LoginName),
            summary: $"解除登录限制（{throttles.Count} 个地址）", agencyId: user.AgencyId);
        await db.SaveChangesAsync(cancellation).ConfigureAwait(false);
        return throttles.Count;
    }

    private static async Task<StaffUser> FindAsync(GongkaiDbContext db, string loginName, CancellationToken cancellation)
    {
        var login = SignInThrottle.Normalize(loginName);
        return await db.StaffUsers.SingleOrDefaultAsync(u => u.LoginName == login, cancellation).ConfigureAwait(false)
            ?? throw new InvalidValueException($"找不到工作人员“{login}”");
    }
}
