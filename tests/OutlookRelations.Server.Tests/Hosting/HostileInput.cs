using System.Text;
using System.Text.Json;
using CsCheck;

namespace OutlookRelations.Server.Tests.Hosting;

/// <summary>One generated request for an endpoint: its route values, query, body and content type.</summary>
public sealed record HostileRequest(IReadOnlyList<string> RouteValues, IReadOnlyList<(string Key, string Value, bool Raw)> Query, byte[]? Body, string? ContentType)
{
    public override string ToString() =>
        $"route [{string.Join(", ", RouteValues.Select(Show))}] query [{string.Join("&", Query.Select(q => $"{Show(q.Key)}={Show(q.Value)}{(q.Raw ? " (raw)" : "")}"))}] " +
        $"{ContentType ?? "no content type"} body {(Body is null ? "none" : Show(Encoding.UTF8.GetString(Body)))}";

    // Control characters, surrogates and long runs made readable in a failure message.
    private static string Show(string s)
    {
        var shown = new StringBuilder();
        foreach (var c in s.Length > 120 ? s[..120] : s)
            shown.Append(c is < ' ' or >= '\uD800' and <= '\uDFFF' or '\uFFFE' or '\uFFFF' ? $"\\u{(int)c:X4}" : c.ToString());
        return $"\"{shown}{(s.Length > 120 ? $"…({s.Length} chars)" : "")}\"";
    }
}

/// <summary>
/// CsCheck generators of input an attacker or an unlucky client sends: wrong types, nulls, huge
/// numbers, empty and whitespace, deep nesting, control characters and lone surrogates, invalid
/// UTF-8, long strings, flag lists ("Team, Organisation"), dates out of range, and the field names
/// the API really reads, so bodies reach the handlers instead of all failing at the first brace.
/// </summary>
public static class HostileInput
{
    private static readonly string[] Classics =
    [
        "", " ", "\t\r\n", "null", "undefined", "0", "-1", "1.5", "-0", "NaN", "Infinity", "1e309", "2147483648",
        "9223372036854775808", "-9223372036854775809", "99999999999999999999999999999", "true", "[]", "{}",
        "me", "team", "organisation", "Team, Organisation", "organisation,team", "1", "2", ",,", ", ,",
        "a@", "@b", "a@b@c", "a@b.example", "alex.wilber@fabrikam.example", "\u0000", "\u0001\u001f", "\uD800", "\uDFFF", "x\uDBFFy",
        "\uFFFE\uFFFF", "\u202Egnp.exe", "%00", "%FF", "%C3%28", "../../etc/passwd", "<script>alert(1)</script>",
        "' OR 1=1 --", "=HYPERLINK(\"http://evil.example\")", "00000000-0000-0000-0000-000000000000", "2026-02-30",
        "0001-01-01", "9999-12-31", "-001-01-01", "Europe/Nowhere", "Asia/Tokyo", "birthday", "BIRTHDAY", "pet,travel",
    ];

    /// <summary>The names the endpoints read from queries and bodies.</summary>
    private static readonly string[] FieldNames =
    [
        "scope", "from", "to", "timeZone", "text", "kind", "date", "summary", "clearDate", "confirm", "mailboxGroupId",
        "excludedDomains", "excludedAddresses", "collectedKinds", "collectSensitive", "interactionRetentionDays",
        "detailRetentionDays", "reportsIncludeTalkingPoints", "value", "subscriptionId", "clientState", "resource",
        "lifecycleEvent", "tenantId", "changeType",
    ];

    /// <summary>The fields whose text reaches the database or a parser: most bad fields land here.</summary>
    private static readonly string[] TextFields = ["text", "summary", "timeZone", "kind", "confirm", "mailboxGroupId", "scope", "from", "date"];

    // Characters that have broken a store, a file format or a parser before: inside otherwise ordinary text.
    private static readonly string[] Breakers = ["\u0000", "\uFFFE", "\uFFFF", "\uD800", "\uDFFF", "\u001B", "\u202E", "\u0085", "\u2028", "%", "_", "\\", "'", "\""];

    private static readonly string[] QueryNames = ["top", "search", "recipients", "validationToken", "demoUser", "scope", "from", "id"];

    public static readonly Gen<string> Text = Gen.Frequency(
        (4, Gen.OneOf(Classics)),
        (3, Gen.String[0, 40]),
        (2, Gen.Char['\0', '\u001f'].Array[1, 8].Select(c => new string(c))),
        (2, Gen.OneOf(Breakers).Select(c => "likes " + c + " sailing")),
        (1, Gen.Char['\uD800', '\uDFFF'].Array[1, 4].Select(c => "a" + new string(c) + "z")),
        (1, Gen.Long.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (1, Gen.Double.Select(d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture))),
        (1, Gen.Int[1, 5000].Select(n => new string('a', n) + "@" + new string('b', n))),
        (1, Gen.OneOf(new string('x', 100_000), string.Join(',', Enumerable.Repeat("a@b.example", 5000)))));

    /// <summary>
    /// Hostile text inside an otherwise valid value (an address, an id), so it passes the first checks
    /// and reaches parsing, the database and the workbook instead of failing at the door.
    /// </summary>
    public static readonly Gen<string> Plausible = Gen.Frequency(
        (2, Gen.OneOf("carla@customer.example", "contact1@customer1.example", "1", "2")),
        (3, Text.Select(t => t + "@customer.example")),
        (1, Text.Select(t => "ana@" + t)),
        (1, Gen.Long.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (1, Gen.Guid.Select(g => g.ToString())));

    private static Gen<string> JsonValue(int depth) => depth == 0
        ? Gen.Frequency((3, Text.Select(JsonString)), (2, Gen.OneOf("null", "true", "false", "0", "-1", "1e309", "-1e309", "1.5",
            "123456789012345678901234567890", "2147483648", "\"\"", "[]", "{}", "[null]", "{\"\":null}")))
        : Gen.Frequency(
            (4, JsonValue(0)),
            (1, JsonValue(depth - 1).Array[0, 4].Select(items => "[" + string.Join(',', items) + "]")),
            (1, JsonObject(depth - 1)));

    private static Gen<string> JsonObject(int depth) =>
        Gen.Select(Gen.Frequency((4, Gen.OneOf(FieldNames)), (1, Text)), JsonValue(depth), (k, v) => JsonString(k) + ":" + v)
            .Array[0, 6].Select(fields => "{" + string.Join(',', fields) + "}");

    private static readonly Gen<byte[]> Malformed = Gen.OneOf(
        "{", "}", "{\"scope\":", "{\"scope\":\"me\"", "[1,2", "{'scope':'me'}", "{\"scope\":me}", "{\"scope\":\"me\",}", "\"me\"", "me",
        "{\"a\":1}{\"b\":2}", "\uFEFF{}", "{\"scope\":\"me\"} trailing", new string('[', 10_000) + new string(']', 10_000),
        string.Concat(Enumerable.Repeat("{\"a\":", 3000)) + "1" + new string('}', 3000), "{\"value\":[" + string.Join(',', Enumerable.Repeat("null", 2000)) + "]}")
        .Select(Encoding.UTF8.GetBytes);

    // Bytes no UTF-8 decoder accepts: a lone continuation, a truncated sequence, an overlong slash, a UTF-16 surrogate.
    private static readonly Gen<byte[]> InvalidUtf8 = Gen.OneOf<byte[]>(
        [0xFF], [0x7B, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D], [0xC0, 0xAF],
        [0x7B, 0x22, 0x73, 0x63, 0x6F, 0x70, 0x65, 0x22, 0x3A, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x7D], [0x80, 0x80, 0x80]);

    // A body the endpoint would accept but for one field: a valid scope, and hostile text where text goes.
    private static readonly Gen<string> OneBadField = Gen.Select(Gen.Frequency((3, Gen.OneOf(TextFields)), (1, Gen.OneOf(FieldNames))), Gen.OneOf(Text, Plausible),
        (field, text) => "{\"scope\":\"me\"," + JsonString(field) + ":" + JsonString(text) + "}");

    private static readonly Gen<byte[]?> Body = Gen.Frequency(
        (4, JsonObject(3).Select(Encoding.UTF8.GetBytes)),
        (4, OneBadField.Select(Encoding.UTF8.GetBytes)),
        (2, JsonValue(3).Select(Encoding.UTF8.GetBytes)),
        (2, Malformed),
        (1, InvalidUtf8),
        (1, Gen.Const(static () => Array.Empty<byte>())))
        .Select(b => (byte[]?)b)
        .Select(Gen.Int[0, 11], (b, none) => none == 0 ? null : b); // one in twelve has no body at all

    private static readonly Gen<string?> ContentType = Gen.Frequency(
        (8, Gen.Const(static () => (string?)"application/json")),
        (1, Gen.OneOf<string?>(null, "text/plain", "application/x-www-form-urlencoded", "application/json; charset=utf-16",
            "application/json; charset=nonsense", "application/merge-patch+json", "application/json; charset=\"", "*/*")));

    private static readonly Gen<(string, string, bool)> QueryPair =
        Gen.Select(Gen.Frequency((4, Gen.OneOf(QueryNames)), (1, Text)), Gen.Frequency((2, Text), (1, Plausible)), Gen.Bool, (k, v, raw) => (k, v, raw));

    /// <summary>
    /// A request for an endpoint with <paramref name="routeParameters"/> route values. With a
    /// <paramref name="validBody"/> (a JSON object the endpoint accepts), half the bodies are it with one
    /// member's value made hostile, so the rest of the body passes and the bad value reaches the code behind.
    /// </summary>
    public static Gen<HostileRequest> Request(int routeParameters, string? validBody = null) => Gen.Select(
        Gen.Frequency((1, Text), (2, Plausible)).Array[routeParameters], QueryPair.Array[0, 4],
        validBody is null ? Body : Gen.Frequency((1, Body), (1, Mutated(validBody).Select(b => (byte[]?)b))), ContentType,
        (route, query, body, type) => new HostileRequest(route, query, body, body is null ? null : type));

    private static Gen<byte[]> Mutated(string validBody)
    {
        var members = JsonDocument.Parse(validBody).RootElement.EnumerateObject().Select(m => (Name: m.Name, Json: m.Value.GetRawText())).ToList();
        return Gen.Select(Gen.Int[0, members.Count - 1], Gen.Frequency((3, Text.Select(JsonString)), (1, JsonValue(1))), (k, hostile) =>
            Encoding.UTF8.GetBytes("{" + string.Join(',', members.Select((m, i) => JsonString(m.Name) + ":" + (i == k ? hostile : m.Json))) + "}"));
    }

    /// <summary>
    /// A JSON string literal of <paramref name="text"/> with every control character and surrogate
    /// escaped, so a lone surrogate travels as the escape "\uD800" rather than being replaced on the way.
    /// </summary>
    public static string JsonString(string text)
    {
        var json = new StringBuilder("\"");
        foreach (var c in text)
            json.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' or >= '\uD800' and <= '\uDFFF' or '\uFFFE' or '\uFFFF' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        return json.Append('"').ToString();
    }

    /// <summary>
    /// A URL component: percent-encoded UTF-8, or as written when <paramref name="raw"/> and it is
    /// printable ASCII (so "%FF" reaches the server as an invalid escape, not as "%25FF").
    /// </summary>
    public static string UrlPart(string text, bool raw)
    {
        if (raw && text.All(c => c is > ' ' and < '\u007f' and not ('#' or '&' or '/' or '?' or '+')) && text.Length > 0) return text;
        var encoded = new StringBuilder();
        foreach (var b in new UTF8Encoding(false, false).GetBytes(text))
            encoded.Append(b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~'
                ? ((char)b).ToString() : $"%{b:X2}");
        return encoded.ToString();
    }
}
