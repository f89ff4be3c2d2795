namespace OutlookRelations.Memory.Extraction;

/// <summary>
/// Which engine produced a remembered detail. The server stores it beside each detail and re-reads
/// recent mail when a mailbox's details came from an older one, so what people see follows the engine.
/// </summary>
public static class ExtractorVersion
{
    /// <summary>
    /// Bump this whenever extraction changes what it finds (new rules, cleaning, gate or attribution
    /// changes, or a new model from `train-extractor`): every mailbox is then re-derived once.
    /// "1" is the rules-only engine, before versions were recorded.
    /// </summary>
    public const string Current = "2";
}
