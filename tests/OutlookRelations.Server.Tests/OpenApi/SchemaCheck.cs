using System.Globalization;

namespace OutlookRelations.Server.Tests.OpenApi;

/// <summary>
/// Checks a JSON answer against a schema of the API document, with the keywords
/// Microsoft.AspNetCore.OpenApi writes: $ref, oneOf, type, enum, properties, required, items,
/// additionalProperties and the formats of dates, ids and integers. A property the schema does not
/// list is a problem too (the document would be missing it), and so is a keyword this check does
/// not know: it must never pass something it did not look at.
/// </summary>
public sealed class SchemaCheck(JsonElement document)
{
    private static readonly HashSet<string> Annotations = ["description", "default", "title", "example"];

    public List<string> Problems(JsonElement value, JsonElement schema, string path)
    {
        var problems = new List<string>();
        Check(value, schema, path, problems);
        return problems;
    }

    private void Check(JsonElement value, JsonElement schema, string path, List<string> problems)
    {
        foreach (var keyword in schema.EnumerateObject())
        {
            switch (keyword.Name)
            {
                case "$ref":
                    Check(value, Resolve(keyword.Value.GetString()!), path, problems);
                    break;
                case "oneOf":
                    var matches = keyword.Value.EnumerateArray().Count(branch => Problems(value, branch, path).Count == 0);
                    if (matches != 1) problems.Add($"{path}: matches {matches} of oneOf's schemas, not exactly one: {Shorten(value)}");
                    break;
                case "type":
                    var types = keyword.Value.ValueKind == JsonValueKind.Array ? keyword.Value.EnumerateArray().Select(t => t.GetString()!).ToList() : [keyword.Value.GetString()!];
                    if (!types.Any(t => IsOfType(value, t))) problems.Add($"{path}: {value.ValueKind} {Shorten(value)}, the document says {string.Join(" or ", types)}");
                    break;
                case "enum":
                    if (!keyword.Value.EnumerateArray().Any(allowed => JsonElement.DeepEquals(allowed, value)))
                        problems.Add($"{path}: {Shorten(value)} is not one of the document's {keyword.Value.GetRawText()}");
                    break;
                case "format":
                    if (!HasFormat(value, keyword.Value.GetString()!)) problems.Add($"{path}: {Shorten(value)} is not a {keyword.Value.GetString()}");
                    break;
                case "required":
                    if (value.ValueKind == JsonValueKind.Object)
                        foreach (var name in keyword.Value.EnumerateArray().Select(n => n.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
                            problems.Add($"{path}.{name}: required by the document, missing from the answer");
                    break;
                case "properties":
                    if (value.ValueKind != JsonValueKind.Object) break;
                    foreach (var property in value.EnumerateObject())
                    {
                        if (keyword.Value.TryGetProperty(property.Name, out var propertySchema)) Check(property.Value, propertySchema, $"{path}.{property.Name}", problems);
                        else if (!schema.TryGetProperty("additionalProperties", out _)) problems.Add($"{path}.{property.Name}: in the answer, not in the document");
                    }
                    break;
                case "additionalProperties":
                    if (value.ValueKind != JsonValueKind.Object) break;
                    var listed = schema.TryGetProperty("properties", out var named) ? named : default;
                    foreach (var property in value.EnumerateObject().Where(p => listed.ValueKind != JsonValueKind.Object || !listed.TryGetProperty(p.Name, out _)))
                        Check(property.Value, keyword.Value, $"{path}.{property.Name}", problems);
                    break;
                case "items":
                    if (value.ValueKind != JsonValueKind.Array) break;
                    var i = 0;
                    foreach (var item in value.EnumerateArray()) Check(item, keyword.Value, $"{path}[{i++}]", problems);
                    break;
                default:
                    if (!Annotations.Contains(keyword.Name)) problems.Add($"{path}: the schema uses '{keyword.Name}', which this check does not know");
                    break;
            }
        }
    }

    private JsonElement Resolve(string reference)
    {
        const string prefix = "#/components/schemas/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal)) throw new InvalidDataException($"Not a schema reference: {reference}");
        return document.GetProperty("components").GetProperty("schemas").GetProperty(reference[prefix.Length..]);
    }

    private static bool IsOfType(JsonElement value, string type) => type switch
    {
        "null" => value.ValueKind == JsonValueKind.Null,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && d == decimal.Truncate(d),
        "number" => value.ValueKind == JsonValueKind.Number,
        "string" => value.ValueKind == JsonValueKind.String,
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        _ => throw new InvalidDataException($"Unknown JSON Schema type '{type}'"),
    };

    // A format says what a value of its type looks like; a null (allowed by "type") has none.
    private static bool HasFormat(JsonElement value, string format) => value.ValueKind == JsonValueKind.Null || format switch
    {
        "date-time" => value.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _),
        "date" => value.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "uuid" => value.ValueKind == JsonValueKind.String && Guid.TryParse(value.GetString(), out _),
        "int32" => value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _),
        "int64" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "double" => value.ValueKind == JsonValueKind.Number,
        _ => throw new InvalidDataException($"Unknown format '{format}'"),
    };

    private static string Shorten(JsonElement value) => value.GetRawText() is var text && text.Length > 120 ? text[..120] + "…" : text;
}
