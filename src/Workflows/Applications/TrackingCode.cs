using System.Security.Cryptography;
using System.Text;

namespace Disclosure.Workflows.Applications;

/// <summary>
/// The secret an applicant follows their application with: 12 characters from an alphabet without
/// look-alikes (about 59 bits), shown once as XXXX-XXXX-XXXX and stored only as a SHA-256 hash.
/// Case, spaces and hyphens do not matter when it is typed back.
/// </summary>
public static class TrackingCode
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private const int Length = 12;

    public static string New()
    {
        var chars = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        var code = new string(chars);
        return $"{code[..4]}-{code[4..8]}-{code[8..]}";
    }

    public static string Hash(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(code))));

    /// <summary>Compares in constant time, so the answer's timing says nothing about the stored hash.</summary>
    public static bool Matches(string? code, string hash) =>
        !string.IsNullOrWhiteSpace(code) && code.Length <= 40
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(code)), Encoding.ASCII.GetBytes(hash));

    private static string Normalise(string code) =>
        new([.. code.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant)]);
}
