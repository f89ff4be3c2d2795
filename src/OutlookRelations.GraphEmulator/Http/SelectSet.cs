namespace OutlookRelations.GraphEmulator.Http;

/// <summary>The properties named by $select; an empty $select means Graph's default set (all).</summary>
internal sealed class SelectSet
{
    private readonly HashSet<string>? _names;
    private readonly HashSet<string> _withheld = new(StringComparer.OrdinalIgnoreCase);

    public SelectSet(string? select)
    {
        if (string.IsNullOrWhiteSpace(select)) return;
        _names = new HashSet<string>(
            select.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            StringComparer.OrdinalIgnoreCase);
    }

    public bool Has(string property) => !_withheld.Contains(property) && (_names is null || _names.Contains(property));

    /// <summary>This set with properties the caller may not read taken out (see MailPermissions).</summary>
    public SelectSet Without(IEnumerable<string> properties)
    {
        _withheld.UnionWith(properties);
        return this;
    }
}
