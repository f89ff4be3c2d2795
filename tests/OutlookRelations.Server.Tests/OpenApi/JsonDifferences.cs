using System.Text.Json.Nodes;

namespace OutlookRelations.Server.Tests.OpenApi;

/// <summary>
/// Where two JSON documents differ, as JSON paths ("$.components.schemas.Card.properties.trend: …"):
/// the order of an object's properties does not count (formatting and key order are not the
/// document), the order of an array's items does.
/// </summary>
public static class JsonDifferences
{
    public static IEnumerable<string> Between(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var (name, value) in e)
                {
                    if (!a.TryGetPropertyValue(name, out var other)) yield return $"{path}.{name}: missing from the served document";
                    else foreach (var difference in Between(value, other, $"{path}.{name}")) yield return difference;
                }
                foreach (var (name, _) in a.Where(p => !e.ContainsKey(p.Key)))
                    yield return $"{path}.{name}: new in the served document";
                break;
            case (JsonArray e, JsonArray a):
                for (var i = 0; i < Math.Max(e.Count, a.Count); i++)
                {
                    if (i >= e.Count) yield return $"{path}[{i}]: new in the served document";
                    else if (i >= a.Count) yield return $"{path}[{i}]: missing from the served document";
                    else foreach (var difference in Between(e[i], a[i], $"{path}[{i}]")) yield return difference;
                }
                break;
            default:
                if (!JsonNode.DeepEquals(expected, actual))
                    yield return $"{path}: committed {expected?.ToJsonString() ?? "null"}, served {actual?.ToJsonString() ?? "null"}";
                break;
        }
    }
}
