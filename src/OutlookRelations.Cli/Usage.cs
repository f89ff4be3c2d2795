namespace OutlookRelations.Cli;

internal static class Usage
{
    public const string Text = """
        usage: OutlookRelations.Cli <command> [options]

        commands:
          extract <file-or-folder>… [--format jsonl]
              Reads RFC 822 messages (single files, or maildir trees recursively) and writes one JSON
              object per remembered detail to stdout. Progress and unreadable files go to stderr.
        """;

    public static int Print(TextWriter writer, int exitCode, string? problem = null)
    {
        if (problem is not null) writer.WriteLine(problem);
        writer.WriteLine(Text);
        return exitCode;
    }
}
