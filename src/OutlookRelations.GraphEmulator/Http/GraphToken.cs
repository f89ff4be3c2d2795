using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace OutlookRelations.GraphEmulator.Http;

/// <summary>The validated Graph token of the request (GraphGate notes it), and what it grants.</summary>
internal static class GraphToken
{
    private const string Key = "emulator.token";

    public static void Note(HttpContext context, JsonElement token) => context.Items[Key] = token.Clone();

    /// <summary>The request's token; null when the emulated Entra ID does not check tokens.</summary>
    public static JsonElement? Of(HttpRequest request) => request.HttpContext.Items[Key] as JsonElement?;

    /// <summary>Its application roles and delegated scopes together, as Graph weighs them.</summary>
    public static HashSet<string> Permissions(JsonElement token)
    {
        var granted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (token.TryGetProperty("roles", out var roles) && roles.ValueKind == JsonValueKind.Array)
            foreach (var role in roles.EnumerateArray()) granted.Add(role.GetString() ?? "");
        if (token.TryGetProperty("scp", out var scopes) && scopes.ValueKind == JsonValueKind.String)
            granted.UnionWith(scopes.GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return granted;
    }
}
