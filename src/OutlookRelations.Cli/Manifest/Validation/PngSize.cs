using System.Buffers.Binary;

namespace OutlookRelations.Cli.Manifest.Validation;

/// <summary>Reads a PNG's pixel size from its IHDR chunk; no image library needed for that.</summary>
internal static class PngSize
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static (int Width, int Height)? Read(ReadOnlySpan<byte> file)
    {
        // Signature (8), chunk length (4), "IHDR" (4), width (4), height (4).
        if (file.Length < 24 || !file[..8].SequenceEqual(Signature) || !file[12..16].SequenceEqual("IHDR"u8)) return null;
        return ((int)BinaryPrimitives.ReadUInt32BigEndian(file[16..20]), (int)BinaryPrimitives.ReadUInt32BigEndian(file[20..24]));
    }

    /// <summary>Null when the file is a PNG of the expected square size; otherwise what is wrong with it.</summary>
    public static string? Problem(byte[]? file, string name, int expected)
    {
        if (file is null) return $"icon '{name}' is missing";
        var size = Read(file);
        if (size is null) return $"icon '{name}' is not a PNG file";
        return size == (expected, expected)
            ? null
            : $"icon '{name}' is {size.Value.Width}x{size.Value.Height} pixels; it must be {expected}x{expected}";
    }
}
