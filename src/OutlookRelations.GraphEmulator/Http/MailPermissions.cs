using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace OutlookRelations.GraphEmulator.Http;

/// <summary>
/// What a token's mail permission lets Graph return. An app granted Mail.ReadBasic.All (and not
/// Mail.Read or Mail.ReadWrite) reads every property of a message but its text: body, bodyPreview and
/// uniqueBody. Left out of $select, they are left out of the answer; asked for, the request is refused,
/// the strictest reading of Graph's documentation, so a client that asks is caught by its tests.
/// </summary>
internal static class MailPermissions
{
    private const string BasicOnlyKey = "emulator.mail-basic-only";
    private static readonly string[] Text = ["body", "bodyPreview", "uniqueBody"];

    /// <summary>Notes, for the endpoints, that this request's token grants only basic mail access.</summary>
    public static void Note(HttpContext context, JsonElement token)
    {
        var granted = GraphToken.Permissions(token);
        var full = granted.Overlaps(["Mail.Read", "Mail.ReadWrite"]);
        var basic = granted.Overlaps(["Mail.ReadBasic.All", "Mail.ReadBasic"]);
        if (basic && !full) context.Items[BasicOnlyKey] = true;
    }

    public static bool IsBasicOnly(HttpRequest request) => request.HttpContext.Items.ContainsKey(BasicOnlyKey);

    /// <summary>The fields to write: a basic-only caller never gets a message's text.</summary>
    public static SelectSet Allowed(HttpRequest request, SelectSet select) =>
        IsBasicOnly(request) ? select.Without(Text) : select;

    /// <summary>403 when a basic-only caller names a text property in $select; null otherwise.</summary>
    public static GraphResult? Refusal(HttpRequest request, string? select)
    {
        if (!IsBasicOnly(request) || string.IsNullOrWhiteSpace(select)) return null;
        var asked = select.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return asked.Any(f => Text.Contains(f, StringComparer.OrdinalIgnoreCase))
            ? GraphResult.Error(StatusCodes.Status403Forbidden, "ErrorAccessDenied", "Access is denied. Check credentials and try again.")
            : null;
    }
}
