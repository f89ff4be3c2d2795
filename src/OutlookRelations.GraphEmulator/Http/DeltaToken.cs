using System.Buffers.Text;
using System.Text.Json;

namespace OutlookRelations.GraphEmulator.Http;

/// <summary>
/// What a $skiptoken or $deltatoken carries. Like Graph's, the token remembers the options of the
/// round's first call ($select, page size, calendar window), so later calls need nothing else.
/// A skip token continues a round at <see cref="After"/>; a delta token starts the next round.
/// </summary>
internal sealed record DeltaToken(
    int Epoch,
    long Since,
    long UpTo,
    long After,
    int PageSize,
    string? Select,
    DateTimeOffset? WindowStart = null,
    DateTimeOffset? WindowEnd = null)
{
    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(this));

    public static DeltaToken? TryDecode(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        try
        {
            return JsonSerializer.Deserialize<DeltaToken>(Base64Url.DecodeFromChars(text));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }
}
