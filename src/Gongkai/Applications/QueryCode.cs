using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Applications;

/// <summary>
/// 查询码: the secret that, with the tracking number, lets the applicant follow the case. Ten characters from an
/// alphabet without look-alikes (0/O, 1/I/L) is about 49 bits; only a salted PBKDF2 hash is stored.
/// </summary>
public static class QueryCode
{
    public const int Length = 10;
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static readonly PasswordHasher<DisclosureApplication> Hasher = new();

    // Compared against when a tracking number is unknown, so that case costs the same time as a wrong code.
    private static readonly string DecoyHash = Hash(New());

    public const int SaltLength = 16;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    public static byte[] NewSalt() => RandomNumberGenerator.GetBytes(SaltLength);

    /// <summary>
    /// The code of a case submitted with an idempotency key: an HMAC of the client's key under a random salt kept with
    /// the case, so the same key gives the same code on a repeat, and the stored salt alone gives nothing. 256 bits
    /// reduced to ten letters of a 31-letter alphabet: the bias is below 2^-200.
    /// </summary>
    public static string Derive(byte[] salt, string idempotencyKey)
    {
        var value = new BigInteger(HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(idempotencyKey)), isUnsigned: true);
        var code = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            code[i] = Alphabet[(int)(value % Alphabet.Length)];
            value /= Alphabet.Length;
        }

        return new string(code);
    }

    public static string Hash(string code) => Hasher.HashPassword(null!, Normalize(code));

    /// <summary>Whether the typed code matches; a null hash (a case entered without one, such as demo data) matches nothing.</summary>
    public static bool Matches(string? hash, string typed)
    {
        var result = Hasher.VerifyHashedPassword(null!, hash ?? DecoyHash, Normalize(typed));
        return hash is not null && result != PasswordVerificationResult.Failed;
    }

    // Applicants copy codes with spaces or in lower case.
    private static string Normalize(string code) => code.Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
}
