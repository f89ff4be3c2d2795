using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace OutlookRelations.GraphEmulator.Sources;

/// <summary>Deterministic, Graph-looking ids: the same input always yields the same id.</summary>
public static class StableId
{
    public static string For(string prefix, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return prefix + Base64Url.EncodeToString(hash.AsSpan(0, 18));
    }

    public static string Guid(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return new Guid(hash.AsSpan(0, 16)).ToString();
    }
}
