using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Staff;

/// <summary>
/// The keys that sign staff cookies and antiforgery tokens lie in {data}/keys. Anyone who reads them can forge a staff
/// session, so production encrypts them at rest with a certificate (Gongkai:KeyCertificate, a PFX file, and
/// Gongkai:KeyCertificatePassword); without one they are plain XML, which only suits a development machine.
/// </summary>
internal static class SignInKeyProtection
{
    public const string CertificateSetting = GongkaiOptions.Section + ":KeyCertificate";
    public const string PasswordSetting = GongkaiOptions.Section + ":KeyCertificatePassword";

    public static IDataProtectionBuilder ProtectKeysIfConfigured(this IDataProtectionBuilder builder, IConfiguration configuration)
    {
        if (configuration[CertificateSetting] is not { Length: > 0 } path)
            return builder;
        return builder.ProtectKeysWithCertificate(Load(path, configuration[PasswordSetting]));
    }

    // A bad certificate stops the start with one line (gongkai serve prints option failures as they are).
    private static X509Certificate2 Load(string path, string? password)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw Invalid($"{CertificateSetting} 指定的证书“{path}”无法读取（文件不存在、不是 PFX 格式或密码不对）");
        }
        if (!certificate.HasPrivateKey)
            throw Invalid($"{CertificateSetting} 指定的证书“{path}”不含私钥，无法解密登录密钥");
        return certificate;
    }

    private static OptionsValidationException Invalid(string message) =>
        new(GongkaiOptions.Section, typeof(GongkaiOptions), [message]);
}
