namespace OutlookRelations.Server.Conventions;

/// <summary>
/// The one way an enum is read from a request or from configuration: a declared name, any case,
/// and nothing else. <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/> also reads "2"
/// (any number, declared or not) and "Team, Organisation" (a flag combination), which turned a
/// refusal check into a way past it (issue 15), so it is never used on outside input.
/// </summary>
public static class StrictEnum
{
    /// <summary>True when <paramref name="text"/> is exactly one of the enum's names, ignoring case only.</summary>
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Enum.GetName(candidate), text, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>The wire name: the declared name in lower case ("organisation").</summary>
    public static string Name<T>(T value) where T : struct, Enum =>
        Enum.GetName(value)?.ToLowerInvariant() ?? throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a declared {typeof(T).Name}.");

    /// <summary>The accepted names for a message, e.g. "\"me\", \"team\" or \"organisation\"".</summary>
    public static string Allowed<T>() where T : struct, Enum
    {
        var names = Enum.GetNames<T>().Select(n => $"\"{n.ToLowerInvariant()}\"").ToList();
        return names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} or {names[^1]}";
    }

    /// <summary>A configuration value read strictly, or the problem with it naming the setting and the allowed values.</summary>
    public static (T? Value, string? Problem) FromSetting<T>(IConfiguration configuration, string key) where T : struct, Enum
    {
        var text = configuration[key];
        if (text is null) return (null, null);
        return TryParse<T>(text, out var value)
            ? (value, null)
            : (null, $"{key} is '{text}', which is not a value it takes. Allowed: {string.Join(", ", Enum.GetNames<T>())}.");
    }
}
