namespace OutlookRelations.GraphEmulator.Http;

/// <summary>The properties named by $select; an empty $select means Graph's default set (all).</summary>
internal sealed class SelectSet
{
    private readonly HashSet<string>? _names;

    public SelectSet(string? select)
    {
        if (string.IsNullOrWhiteSpace(select)) return;
        _names = new HashSet<string>(
            select.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            StringComparer.OrdinalIgnoreCase);
    }

    public bool Has(string property) => _names is null || _names.Contains(property);
}
