namespace OutlookRelations.Server.Serendipity;

/// <summary>
/// The admin's table of other names for organisations ("Comcast Corporation = Comcast", "NBCU = NBC"):
/// news that names an organisation by one of them is matched to the contacts there, as if it had
/// used the name their contacts carry. Stored one "alias = organisation" a line (TenantSettings).
/// </summary>
public sealed class OrganisationAliases
{
    public const int MaxLines = 200, MaxLength = 100;

    public static readonly OrganisationAliases None = new([]);

    private readonly ILookup<string, string> _byOrganisation;

    private OrganisationAliases(IEnumerable<(string Alias, string Organisation)> pairs) =>
        _byOrganisation = pairs.ToLookup(p => p.Organisation, p => p.Alias, StringComparer.OrdinalIgnoreCase);

    public static OrganisationAliases Parse(string? stored) =>
        string.IsNullOrWhiteSpace(stored) ? None : new(Lines(stored).Select(Split).OfType<(string, string)>());

    /// <summary>Whether <paramref name="text"/> names <paramref name="organisation"/>, by its own name or an alias, as whole words.</summary>
    public bool Mentions(string text, string organisation) =>
        NewsConnections.Mentions(text, organisation) || _byOrganisation[organisation].Any(alias => NewsConnections.Mentions(text, alias));

    /// <summary>A line an admin typed, or why it is not one.</summary>
    public static string? Problem(string line) => Split(line) switch
    {
        null => $"'{line}' is not \"other name = organisation\".",
        var (alias, organisation) when alias.Length > MaxLength || organisation.Length > MaxLength => $"'{line}': each name has at most {MaxLength} characters.",
        var (alias, _) when alias.Length < 3 => $"'{line}': an other name has at least 3 characters.",
        _ => null,
    };

    public static IEnumerable<string> Lines(string stored) => stored.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static (string Alias, string Organisation)? Split(string line)
    {
        var at = line.IndexOf('=');
        if (at <= 0) return null;
        var (alias, organisation) = (line[..at].Trim(), line[(at + 1)..].Trim());
        return alias.Length == 0 || organisation.Length == 0 ? null : (alias, organisation);
    }
}
