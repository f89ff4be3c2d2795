namespace OutlookRelations.Memory.Extraction;

/// <summary>The fixed vocabulary of artifact kinds shared by code, tests and evaluation.</summary>
public enum ArtifactKind
{
    Birthday,
    Anniversary,
    Family,
    Pet,
    Interest,
    Preference,
    Travel,
    LifeEvent,
    WorkChange,
    CompanyNews,
    Feedback,
    Commitment,
}

public static class ArtifactKinds
{
    private static readonly Dictionary<ArtifactKind, string> Names = new()
    {
        [ArtifactKind.Birthday] = "birthday",
        [ArtifactKind.Anniversary] = "anniversary",
        [ArtifactKind.Family] = "family",
        [ArtifactKind.Pet] = "pet",
        [ArtifactKind.Interest] = "interest",
        [ArtifactKind.Preference] = "preference",
        [ArtifactKind.Travel] = "travel",
        [ArtifactKind.LifeEvent] = "life_event",
        [ArtifactKind.WorkChange] = "work_change",
        [ArtifactKind.CompanyNews] = "company_news",
        [ArtifactKind.Feedback] = "feedback",
        [ArtifactKind.Commitment] = "commitment",
    };

    private static readonly Dictionary<string, ArtifactKind> ByName = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>The wire name: "life_event", "work_change", …</summary>
    public static string Name(this ArtifactKind kind) => Names[kind];

    public static bool TryParse(string? name, out ArtifactKind kind) => ByName.TryGetValue(name ?? "", out kind);

    public static IReadOnlyCollection<string> All => Names.Values;
}
