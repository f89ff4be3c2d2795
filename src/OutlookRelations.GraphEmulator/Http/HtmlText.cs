using System.Net;
using System.Text.RegularExpressions;

namespace OutlookRelations.GraphEmulator.Http;

/// <summary>
/// Just enough HTML-to-text for bodyPreview. The emulator only imitates Graph's preview; the
/// product's real HTML cleaning lives in the memory engine.
/// </summary>
internal static partial class HtmlText
{
    public static string Strip(string html) => WebUtility.HtmlDecode(Tags().Replace(html, " "));

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();
}
