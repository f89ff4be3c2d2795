using OutlookRelations.Cli.Manifest.Validation;

namespace OutlookRelations.Cli.Manifest;

/// <summary>
/// manifest --host https://… --app-id GUID [--out DIR] [--version 1.0.0]: writes both manifests.
/// manifest validate FILE [--assets DIR]: checks one offline; exit 1 and a line per problem if bad.
/// </summary>
internal static class ManifestCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        if (args.FirstOrDefault() == "validate") return Validate(args[1..], output, errors);
        if (!TryParse(args, ["--host", "--app-id", "--out", "--version"], out var options, out var problem))
            return Usage.Print(errors, 2, $"manifest: {problem}");
        options.TryGetValue("--version", out var version);
        if (AddinInputs.Problem(options.GetValueOrDefault("--host"), options.GetValueOrDefault("--app-id"), version) is { } bad)
            return Usage.Print(errors, 2, $"manifest: {bad}");

        var inputs = AddinInputs.Parse(options["--host"], options["--app-id"], version);
        var directory = options.GetValueOrDefault("--out") ?? ".";
        var written = AppPackage.Write(inputs, directory);
        foreach (var path in written) output.WriteLine(path);

        // Never hand an admin a manifest we would refuse ourselves.
        var failures = new[] { AppPackage.XmlFile, AppPackage.ZipFile }
            .SelectMany(name => ManifestValidator.ValidateFile(Path.Combine(directory, name), null)
                .Select(p => $"{name}: {p}"))
            .ToList();
        foreach (var failure in failures) errors.WriteLine($"manifest: generated an invalid manifest: {failure}");
        return failures.Count == 0 ? 0 : 1;
    }

    private static int Validate(string[] args, TextWriter output, TextWriter errors)
    {
        var files = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (files.Count != 1 || !TryParse(args[1..], ["--assets"], out var options, out var problem))
            return Usage.Print(errors, 2, "manifest validate: give one manifest file (.xml, .json or .zip) and optionally --assets DIR.");

        var problems = ManifestValidator.ValidateFile(files[0], options.GetValueOrDefault("--assets"));
        foreach (var found in problems) output.WriteLine($"{files[0]}: {found}");
        if (problems.Count > 0)
        {
            errors.WriteLine($"manifest validate: {problems.Count} problem(s) in {files[0]}");
            return 1;
        }
        output.WriteLine($"{files[0]}: valid");
        return 0;
    }

    private static bool TryParse(string[] args, string[] allowed, out Dictionary<string, string> options, out string? problem)
    {
        options = [];
        problem = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (!allowed.Contains(args[i])) { problem = $"unexpected '{args[i]}'."; return false; }
            if (i + 1 >= args.Length) { problem = $"{args[i]} needs a value."; return false; }
            options[args[i]] = args[++i];
        }
        return true;
    }
}
