namespace OutlookRelations.Cli;

internal static class Usage
{
    public const string Text = """
        usage: OutlookRelations.Cli <command> [options]

        commands:
          extract <file-or-folder>… [--format jsonl] [--explain] [--min-confidence X]
              Reads RFC 822 messages (single files, or maildir trees recursively) and writes one JSON
              object per remembered detail to stdout. Progress and unreadable files go to stderr.
              --explain adds why each detail was kept ("why": the gate's verdict, the rules that
              fired on its sentence, the model's score against its threshold) and names on stderr
              each message the gate turned away, with the reason. --min-confidence X keeps details
              down to confidence X (0 to 1) instead of the model's threshold, to see what it drops.

          train-extractor [--data DIR] [--out FILE] [--cross-validate | --curve | --rules-only | --misses]
              Trains the memory engine's detail model on the labelled development set
              (DIR/eval/dev.jsonl, default ../shared/data beside the repository) and writes it where
              the Memory library embeds it (src/OutlookRelations.Memory/Learning/detail-model.zip).
              The same data always gives the same model. --cross-validate writes nothing and prints
              the honest figure instead: each fold measured by a model trained on the other four.
              --curve prints cross-validated precision and recall at each threshold, --rules-only the
              hand rules' figure, --misses where each label was lost (gate, cleaning, attribution,
              kind, threshold) with every lost label's evidence.

          manifest --host https://<server> --app-id <GUID> [--out DIR] [--version 1.0.0]
              Writes the Outlook add-in manifests for your server and Entra ID app registration:
              manifest.xml (XML add-in manifest), manifest.json with color.png and outline.png
              (unified Microsoft 365 app manifest), and outlookrelations-app.zip (the app package).

          manifest validate <manifest.xml|manifest.json|package.zip> [--assets DIR]
              Checks a manifest offline: schema, https URLs on one host, ids, resources and icons
              (pixel sizes of served icons too when DIR holds them). Prints a line per problem and
              exits 1 when there is any.

          doctor [--settings appsettings.json]… [--Key=Value]…
              Checks a deployment's configuration, read like the server reads it (JSON files, environment
              variables such as Entra__ClientId, then the command line): the database opens, the Entra ID
              token settings agree with the directory's published metadata, and Graph answers with the
              configured credential. Prints what to fix; exits 1 when anything needs fixing.
        """;

    public static int Print(TextWriter writer, int exitCode, string? problem = null)
    {
        if (problem is not null) writer.WriteLine(problem);
        writer.WriteLine(Text);
        return exitCode;
    }
}
