using System.Text.RegularExpressions;
using Gongkai.Agencies;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Staff;

/// <summary>A staff member who signs in to the back office (工作人员).</summary>
public sealed partial class StaffUser
{
    /// <summary>Lock after this many failed sign-ins within <see cref="FailureWindow"/> (common 等保 baseline).</summary>
    public const int MaxFailedSignIns = 5;

    public static readonly TimeSpan FailureWindow = TimeSpan.FromMinutes(15);

    private static readonly PasswordHasher<StaffUser> Hasher = new();

    public StaffUser(Agency agency, string loginName, string displayName, StaffRoles roles, string password)
    {
        if (!LoginPattern().IsMatch(loginName))
            throw new InvalidValueException($"登录名“{loginName}”无效：应为 3 到 64 位小写字母、数字、点、横线或下划线，以字母或数字开头");
        if (string.IsNullOrWhiteSpace(displayName) || displayName.Trim().Length > 50)
            throw new InvalidValueException("显示名必须填写且不超过 50 个字");
        if (roles == StaffRoles.None)
            throw new InvalidValueException("至少需要一个角色");
        Agency = agency;
        LoginName = loginName;
        DisplayName = displayName.Trim();
        Roles = roles;
        PasswordHash = "";
        SetPassword(password);
    }

    private StaffUser()
    {
        Agency = null!;
        LoginName = DisplayName = PasswordHash = "";
    }

    public int Id { get; private set; }

    public int AgencyId { get; private set; }

    public Agency Agency { get; private set; }

    /// <summary>Lower-case ASCII, so uniqueness means the same on SQLite and PostgreSQL.</summary>
    public string LoginName { get; private set; }

    public string DisplayName { get; private set; }

    /// <summary>ASP.NET Core Identity's PBKDF2 hash; the password itself is never stored.</summary>
    public string PasswordHash { get; private set; }

    public StaffRoles Roles { get; private set; }

    public bool Disabled { get; set; }

    public int FailedSignIns { get; private set; }

    public DateTime? FirstFailedSignInAt { get; private set; }

    public DateTime? LockedUntil { get; private set; }

    public long Version { get; private set; }

    public void SetPassword(string password)
    {
        if (password.Length < 8)
            throw new InvalidValueException("密码至少 8 位");
        PasswordHash = Hasher.HashPassword(this, password);
    }

    public bool IsLockedOut(DateTime now) => LockedUntil > now;

    /// <summary>Checks the password and keeps the failure count; a locked or disabled user never signs in.</summary>
    public bool TrySignIn(string password, DateTime now)
    {
        if (Disabled || IsLockedOut(now))
            return false;
        var result = Hasher.VerifyHashedPassword(this, PasswordHash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            RecordFailure(now);
            return false;
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
            PasswordHash = Hasher.HashPassword(this, password);
        FailedSignIns = 0;
        FirstFailedSignInAt = null;
        LockedUntil = null;
        return true;
    }

    private void RecordFailure(DateTime now)
    {
        if (FirstFailedSignInAt is not { } first || now - first > FailureWindow)
        {
            FirstFailedSignInAt = now;
            FailedSignIns = 0;
        }

        FailedSignIns++;
        if (FailedSignIns >= MaxFailedSignIns)
            LockedUntil = now + FailureWindow;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{2,63}$")]
    private static partial Regex LoginPattern();
}
