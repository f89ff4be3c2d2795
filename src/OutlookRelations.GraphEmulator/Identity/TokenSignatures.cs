using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace OutlookRelations.GraphEmulator.Identity;

/// <summary>Reads a compact JWT and checks its RS256 or PS256 signature against a public key.</summary>
internal static class TokenSignatures
{
    public static bool TryRead(string token, RSA key, DateTimeOffset now, out JsonElement payload)
    {
        payload = default;
        var parts = token.Split('.');
        if (parts.Length != 3) return false;
        try
        {
            using var header = JsonDocument.Parse(Decode(parts[0]));
            var padding = header.RootElement.GetProperty("alg").GetString() switch
            {
                "RS256" => RSASignaturePadding.Pkcs1,
                "PS256" => RSASignaturePadding.Pss,
                _ => null,
            };
            if (padding is null) return false;
            var signed = Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}");
            if (!key.VerifyData(signed, Decode(parts[2]), HashAlgorithmName.SHA256, padding)) return false;
            using var body = JsonDocument.Parse(Decode(parts[1]));
            payload = body.RootElement.Clone();
            // MSAL writes exp in its client assertions as a string; Entra's tokens carry a number.
            return payload.TryGetProperty("exp", out var exp) && Seconds(exp) > now.ToUnixTimeSeconds();
        }
        catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException or InvalidOperationException or CryptographicException)
        {
            return false;
        }
    }

    private static long Seconds(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? long.Parse(value.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : value.GetInt64();

    private static byte[] Decode(string part)
    {
        var text = part.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(text.PadRight(text.Length + (4 - text.Length % 4) % 4, '='));
    }
}
