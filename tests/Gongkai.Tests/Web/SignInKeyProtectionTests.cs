using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gongkai.Tests.Web;

/// <summary>The keys behind staff sessions are encrypted at rest when a certificate is configured.</summary>
public sealed class SignInKeyProtectionTests : IDisposable
{
    private const string Password = "pfx-password";
    private readonly string directory = Directory.CreateTempSubdirectory("gongkai-cert-").FullName;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public async Task WithACertificateTheSignInKeysAreStoredEncrypted()
    {
        using var web = new GongkaiWebApplication(new Dictionary<string, string>
        {
            ["Gongkai:KeyCertificate"] = Certificate(),
            ["Gongkai:KeyCertificatePassword"] = Password,
        });
        using var client = web.CreateClient();

        // The sign-in form's antiforgery token needs a key, so serving it writes one.
        Assert.Contains("__RequestVerificationToken", await client.GetStringAsync("/staff/login", Cancellation), StringComparison.Ordinal);

        var key = await File.ReadAllTextAsync(Directory.GetFiles(Path.Combine(web.DataDirectory, "keys"), "key-*.xml").Single(), Cancellation);
        Assert.Contains("encryptedSecret", key, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", key, StringComparison.Ordinal);
    }

    [Fact]
    public void AfterARestartTheEncryptedKeysStillOpenWhatTheyProtected()
    {
        var settings = new Dictionary<string, string>
        {
            ["Gongkai:KeyCertificate"] = Certificate(),
            ["Gongkai:KeyCertificatePassword"] = Password,
            ["Gongkai:DataDirectory"] = directory,
        };
        string sealedText;
        using (var before = new GongkaiWebApplication(settings))
            sealedText = Protector(before).Protect("staff session");

        using var after = new GongkaiWebApplication(settings);
        Assert.Equal("staff session", Protector(after).Unprotect(sealedText));
    }

    [Fact]
    public async Task WithoutOneTheyArePlainAsOnADevelopmentMachine()
    {
        using var web = new GongkaiWebApplication();
        using var client = web.CreateClient();
        await client.GetStringAsync("/staff/login", Cancellation);

        var key = await File.ReadAllTextAsync(Directory.GetFiles(Path.Combine(web.DataDirectory, "keys"), "key-*.xml").Single(), Cancellation);
        Assert.Contains("<masterKey", key, StringComparison.Ordinal);
    }

    [Fact]
    public void AWrongPasswordStopsTheStartWithAMessage()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Gongkai.Web.WebApp.Build([
            "--Gongkai:KeyCertificate=" + Certificate(), "--Gongkai:KeyCertificatePassword=wrong",
            "--Gongkai:DataDirectory=" + directory]));

        Assert.Contains("无法读取", string.Join("", error.Failures), StringComparison.Ordinal);
    }

    private static IDataProtector Protector(GongkaiWebApplication web) =>
        web.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Gongkai.Tests");

    private string Certificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Gongkai sign-in keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(TimeProvider.System.GetUtcNow().AddDays(-1), TimeProvider.System.GetUtcNow().AddYears(1));
        var path = Path.Combine(directory, "keys.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }
}
