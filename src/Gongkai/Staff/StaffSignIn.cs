using System.Net;
using Gongkai.Auditing;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Staff;

/// <summary>
/// Checking a login name and password from a client address. Every path costs the same hash work, so the time of
/// the answer does not tell whether a name exists; every outcome is audited in the same save as the count it changes.
/// </summary>
public static class StaffSignIn
{
    public static async Task<SignInOutcome> SignInAsync(this GongkaiDbContext db, string loginName, string password,
        IPAddress? address, CancellationToken cancellation = default)
    {
        var now = db.Time.GetUtcNow().UtcDateTime;
        var login = SignInThrottle.Normalize(loginName);
        var key = SignInThrottle.KeyOf(login);
        var from = SignInThrottle.AddressOf(address);
        var user = await db.StaffUsers.SingleOrDefaultAsync(u => u.LoginName == login, cancellation).ConfigureAwait(false);
        var throttle = await db.SignInThrottles.SingleOrDefaultAsync(t => t.LoginKey == key && t.Address == from, cancellation)
            .ConfigureAwait(false);
        if (throttle?.WaitLeft(now) is { } waiting)
        {
            // Refused before the password is looked at, for a known name and an unknown one alike.
            AuditFailure(db, user, "登录尝试过多，须等待后再试");
            await db.SaveChangesAsync(cancellation).ConfigureAwait(false);
            return new SignInOutcome(null, waiting);
        }

        if (user is null)
            StaffUser.CheckAgainstDecoy(password);
        else if (user.VerifyPassword(password))
        {
            if (throttle is not null)
                db.SignInThrottles.Remove(throttle);
            db.Audit(user, AuditActions.SignIn, Target(user));
            await db.SaveChangesAsync(cancellation).ConfigureAwait(false);
            return new SignInOutcome(user, null);
        }

        var why = user is null ? "用户名不存在" : user.Disabled ? "账户已停用" : "密码错误";
        return new SignInOutcome(null, await RecordFailureAsync(db, user, login, from, why, now, cancellation).ConfigureAwait(false));
    }

    // Two failures of the same name from the same address at once may both add its first row; the later save then
    // meets the unique index, and counts again on the row the earlier one wrote.
    private static async Task<TimeSpan?> RecordFailureAsync(GongkaiDbContext db, StaffUser? user, string login, string from,
        string why, DateTime now, CancellationToken cancellation)
    {
        var key = SignInThrottle.KeyOf(login);
        for (var attempt = 1; ; attempt++)
        {
            var throttle = await db.SignInThrottles.SingleOrDefaultAsync(t => t.LoginKey == key && t.Address == from, cancellation)
                .ConfigureAwait(false);
            if (throttle is null)
            {
                throttle = new SignInThrottle(login, from);
                db.SignInThrottles.Add(throttle);
            }

            throttle.RecordFailure(now);
            AuditFailure(db, user, why);
            try
            {
                await db.SaveChangesAsync(cancellation).ConfigureAwait(false);
                return throttle.WaitLeft(now);
            }
            catch (DbUpdateException) when (attempt == 1)
            {
                db.ChangeTracker.Clear();
                if (user is not null)
                    db.StaffUsers.Attach(user);
            }
        }
    }

    // The typed name of an unknown account is not recorded: it may be a password typed into the wrong box.
    private static void AuditFailure(GongkaiDbContext db, StaffUser? user, string why) =>
        db.Audit(null, AuditActions.SignInFailed, user is null ? AuditTarget.None : Target(user), summary: why, agencyId: user?.AgencyId);

    private static AuditTarget Target(StaffUser user) => new("staff_user", user.LoginName);
}
