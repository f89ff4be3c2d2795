namespace OutlookRelations.Cli.Doctor;

/// <summary>One check's outcome: what was checked, whether it is fine, and if not, what to do.</summary>
internal sealed record Finding(string Check, bool Ok, string Detail, string? Fix = null)
{
    public override string ToString() => Ok ? $"ok    {Check}: {Detail}" : $"FIX   {Check}: {Detail}{(Fix is null ? "" : $"\n      → {Fix}")}";
}
