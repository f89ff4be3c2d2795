namespace OutlookRelations.Cli;

/// <summary>Files named on the command line, and every file under folders named, in a stable order.</summary>
internal static class InputFiles
{
    public static IEnumerable<string> Enumerate(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (File.Exists(input))
            {
                yield return input;
                continue;
            }
            foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                yield return file;
        }
    }
}
