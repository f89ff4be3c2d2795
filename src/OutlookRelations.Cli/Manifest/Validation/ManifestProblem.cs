namespace OutlookRelations.Cli.Manifest.Validation;

/// <summary>One thing wrong with a manifest, where it is (a line, or a JSON path) and what to do.</summary>
internal sealed record ManifestProblem(string Where, string Message)
{
    public override string ToString() => $"{Where}: {Message}";
}
