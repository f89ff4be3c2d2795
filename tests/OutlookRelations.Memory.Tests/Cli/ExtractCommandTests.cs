using System.Text.Json;
using OutlookRelations.Cli;

namespace OutlookRelations.Memory.Tests.Cli;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("extract-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string relative, string content)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.ReplaceLineEndings("\r\n"));
        return path;
    }

    private static (int Code, string Output, string Errors) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = ExtractCommand.Run(args, output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    [Fact]
    public void Writes_one_json_line_per_artifact_and_reports_unreadable_files_without_stopping()
    {
        Write("ana/sent/1.", "Message-ID: <a1@x>\nDate: Wed, 4 Apr 2001 09:30:00 -0500\nFrom: ana@contoso.example\nTo: ben@fabrikam.example\nSubject: hi\n\nI'll call you tomorrow. My daughter graduates on June 3rd.\n");
        var broken = Write("ana/sent/2.", "garbage without headers");
        Write("ana/inbox/1.", "Message-ID: <b1@x>\nDate: Wed, 4 Apr 2001 10:00:00 -0500\nFrom: ben@fabrikam.example\nTo: ana@contoso.example\nSubject: re\n\nThanks.\n");

        var (code, output, errors) = Run(_root, "--format", "jsonl");

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        var promise = lines.Single(l => l.GetProperty("kind").GetString() == "commitment");
        Assert.Equal("<a1@x>", promise.GetProperty("messageId").GetString());
        Assert.Equal(Path.Combine(_root, "ana", "sent", "1."), promise.GetProperty("path").GetString());
        Assert.Equal("ana@contoso.example", promise.GetProperty("about").GetString());
        Assert.Equal("2001-04-05", promise.GetProperty("date").GetString());
        Assert.Equal("I'll call you tomorrow.", promise.GetProperty("evidence").GetString());
        Assert.InRange(promise.GetProperty("confidence").GetDouble(), 0, 1);
        Assert.False(promise.GetProperty("sensitive").GetBoolean());
        Assert.Equal("call you tomorrow", promise.GetProperty("summary").GetString());
        Assert.Contains("\"messageId\":\"<a1@x>\"", output, StringComparison.Ordinal); // readable, not \u003C-escaped
        Assert.Contains($"skipped {broken}", errors, StringComparison.Ordinal);
        Assert.Contains("3 files (1 skipped), 2 artifacts", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_arguments_get_a_usage_error_and_missing_paths_a_clear_message()
    {
        Assert.Equal(2, Run().Code);
        Assert.Equal(2, Run(_root, "--format", "csv").Code);
        Assert.Equal(2, Run(_root, "--verbose").Code);
        var (code, _, errors) = Run(Path.Combine(_root, "nope"));
        Assert.Equal(1, code);
        Assert.Contains("no such file or folder", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_says_why_each_detail_was_kept_and_which_messages_the_gate_turned_away()
    {
        Write("ana/sent/1.", "Message-ID: <a1@x>\nDate: Wed, 4 Apr 2001 09:30:00 -0500\nFrom: ana@contoso.example\nTo: ben@fabrikam.example\nSubject: hi\n\nI'll call you tomorrow.\n");
        var newsletter = Write("ana/inbox/2.", "Message-ID: <n1@x>\nDate: Wed, 4 Apr 2001 10:00:00 -0500\nFrom: news@wine.example\nTo: ana@contoso.example\nSubject: picks\n\nI'll call you about our picks. Unsubscribe here.\n");

        var (code, output, errors) = Run(_root, "--explain");

        Assert.Equal(0, code);
        var promise = JsonDocument.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Single()).RootElement;
        var why = promise.GetProperty("why").GetString()!;
        Assert.Contains("gate: personal", why, StringComparison.Ordinal);
        Assert.Contains("rules: commitment", why, StringComparison.Ordinal);
        Assert.Matches(@"model commitment 0\.\d\d ≥ threshold 0\.\d\d", why);
        Assert.Contains($"{newsletter}: not read, sent by a role or list address", errors, StringComparison.Ordinal);
        // Without --explain the line carries no "why".
        Assert.DoesNotContain("\"why\"", Run(_root).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lower_confidence_floor_shows_what_the_models_threshold_drops_and_says_so()
    {
        Write("ana/inbox/1.", "Message-ID: <m1@x>\nDate: Wed, 4 Apr 2001 09:30:00 -0500\nFrom: ben@fabrikam.example\nTo: ana@contoso.example\nSubject: weekend\n\n" +
            "We might drive up to the lake this weekend. I'll call you tomorrow.\n");

        var shipped = Run(_root, "--explain").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var (code, output, _) = Run(_root, "--explain", "--min-confidence", "0");

        Assert.Equal(0, code);
        var all = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.True(all.Count > shipped.Length, "a floor of 0 keeps what the threshold drops");
        Assert.Contains(all, a => a.GetProperty("why").GetString()!.Contains("below the model's threshold", StringComparison.Ordinal));
        Assert.Equal(2, Run(_root, "--min-confidence", "1.5").Code);
        Assert.Equal(2, Run(_root, "--min-confidence").Code);
    }
}
