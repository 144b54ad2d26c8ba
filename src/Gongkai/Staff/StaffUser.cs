using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Gongkai.Agencies;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Staff;

/// <summary>A staff member who signs in to the back office (工作人员).</summary>
public sealed partial class StaffUser
{
    private static readonly PasswordHasher<StaffUser> Hasher = new();

    // Checked when the login name is unknown, so that costs the same hash work as a wrong password (issue 7).
    private static readonly string DecoyHash = Hasher.HashPassword(null!, RandomNumberGenerator.GetHexString(32));

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
        PasswordHash = SecurityStamp = "";
        SetPassword(password);
    }

    private StaffUser()
    {
        Agency = null!;
        LoginName = DisplayName = PasswordHash = SecurityStamp = "";
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

    /// <summary>
    /// Changes whenever the user's sessions must end (sign-out, new password); every sign-in cookie carries the stamp of
    /// its time and is refused once they differ.
    /// </summary>
    public string SecurityStamp { get; private set; }

    public long Version { get; private set; }

    /// <summary>Sets a new password and ends every session signed in with the old one.</summary>
    public void SetPassword(string password)
    {
        if (password.Length < 8)
            throw new InvalidValueException("密码至少 8 位");
        PasswordHash = Hasher.HashPassword(this, password);
        RevokeSessions();
    }

    /// <summary>Ends every session of this user, on every device.</summary>
    public void RevokeSessions() => SecurityStamp = RandomNumberGenerator.GetHexString(32, lowercase: true);

    /// <summary>Whether the password is this user's; a disabled user never passes, after the same hash work.</summary>
    public bool VerifyPassword(string password)
    {
        var result = Hasher.VerifyHashedPassword(this, PasswordHash, password);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
            PasswordHash = Hasher.HashPassword(this, password);
        return result != PasswordVerificationResult.Failed && !Disabled;
    }

    /// <summary>The hash work of <see cref="VerifyPassword"/>, spent for a login name nobody has.</summary>
    public static void CheckAgainstDecoy(string password) => _ = Hasher.VerifyHashedPassword(null!, DecoyHash, password);

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{2,63}$")]
    private static partial Regex LoginPattern();
}
