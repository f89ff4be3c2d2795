using System.Text;
using System.Xml;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.Server.Engagement;
using OutlookRelations.Server.Reports;
using OutlookRelations.Server.Reports.Workbook;

namespace OutlookRelations.Server.Tests.Reports;

/// <summary>
/// Issue 15: one sender whose name held U+FFFE broke every report that covered them. A generated
/// corpus of hostile strings goes into every text column of every sheet (ClosedXML-written and
/// streamed alike): the workbook builds, openpyxl, ClosedXML and the Open XML validator read it, every
/// character XML can carry survives in order, and formula-like text stays quote-prefixed text.
/// </summary>
public sealed class HostileTextTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Every class of character XML 1.0 refuses, the pairs it allows, formula starts and very long text.</summary>
    public static IReadOnlyList<string> Corpus()
    {
        var corpus = new List<string>();
        for (var c = 0; c < 0x20; c++) corpus.Add($"c0 {(char)c} x{c:X2}");
        for (var c = 0x7F; c <= 0x9F; c++) corpus.Add($"c1 {(char)c} x{c:X2}");
        corpus.AddRange([
            "Eve \uFFFE Noncharacter", "Eve \uFFFF end", "\uFFFE\uFFFF",
            "lone high \uD800 here", "lone high at end \uDBFF", "\uD83D", "lone low \uDC00 here", "\uDFFF at start",
            "reversed \uDE00\uD83D pair", "two highs \uD83D\uD83D\uDE00 then a pair",
            "emoji \U0001F600 kept", "first astral \U00010000 and last \U0010FFFF", "astral noncharacter \U0001FFFE is XML",
            "=HYPERLINK(\"http://evil.example\",\"click\")", "+1+1", "-2", "@SUM(A1)", "\uFFFE=1+1", "\u0000=cmd|' /C calc'!A0", "\uD800@SUM(1)",
            "tab\tnewline\nkept", "",
            new string('x', 32_000) + "\uFFFE" + new string('y', 1_000),
            new string('a', ExcelLimits.MaxCellText - 45) + "\U0001F600" + new string('b', 100), // a pair where the cut falls
            string.Concat(Enumerable.Repeat("\U0001F600", 20_000)),
        ]);
        // Random mixes of every class, the same each run.
        var random = new Random(15);
        char[] hostile = ['\uFFFE', '\uFFFF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\u0000', '\u0008', '\u000B', '\u001F', '\u007F', '='];
        for (var n = 0; n < 40; n++)
        {
            var text = new StringBuilder();
            for (var i = random.Next(1, 60); i > 0; i--)
            {
                switch (random.Next(4))
                {
                    case 0: text.Append(hostile[random.Next(hostile.Length)]); break;
                    case 1: text.Append(char.ConvertFromUtf32(random.Next(0x10000, 0x110000))); break;
                    default: text.Append((char)random.Next(0x20, 0xD800)); break;
                }
            }
            corpus.Add(text.ToString());
        }
        return corpus;
    }

    /// <summary>What the cell must hold: the input with what XML 1.0 cannot carry gone (controls as spaces), judged by System.Xml.</summary>
    private static string Expected(string text)
    {
        var kept = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) { kept.Append(text, i++, 2); continue; }
            if (char.IsControl(text[i]) && text[i] is not ('\t' or '\n' or '\r')) kept.Append(' ');
            else if (XmlConvert.IsXmlChar(text[i])) kept.Append(text[i]);
        }
        var expected = kept.ToString();
        return expected.Length <= ExcelLimits.MaxCellText ? expected : ExcelLimits.CellText(expected);
    }

    private static ReportData DataOf(IReadOnlyList<string> texts)
    {
        var period = new ReportPeriod(Now.AddDays(-30), Now, TimeZoneInfo.Utc);
        var history = new PairHistory(Guid.Empty, 1, [new PairMessage(1, "c", Side.Contact, Now.AddDays(-3), false), new PairMessage(2, "c", Side.Owner, Now.AddDays(-2), false)], []);
        var metrics = RelationshipMetrics.Compute(history, period, Now);
        var rows = texts.Select((t, i) => new RelationshipRow("ana@fabrikam.example", t, $"c{i}@contoso.example", t, t, metrics, metrics, t)).ToList();
        var groups = texts.Select(t => new GroupRow(t, t, MetricTotals.Of([metrics]), MetricTotals.Of([metrics]))).ToList();
        var total = new GroupRow("Everyone", "", MetricTotals.Of(rows.Select(r => r.Now)), MetricTotals.Of(rows.Select(r => r.Before)));
        return new ReportData(new ReportSpec(ReportScope.Me, period), texts[0], Now, total, groups, rows, groups, WeeklyTrends.Of([history], period, Now), rows);
    }

    [Fact]
    public async Task A_workbook_full_of_hostile_text_builds_opens_everywhere_and_keeps_every_character_xml_can_carry()
    {
        var corpus = Corpus();

        var workbook = EngagementWorkbook.Build(DataOf(corpus));

        // ClosedXML and the Open XML SDK's validator open it…
        using (var book = new XLWorkbook(new MemoryStream(workbook))) Assert.Equal(EngagementWorkbook.SheetNames, book.Worksheets.Select(w => w.Name));
        using (var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false))
            Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => e.Description));
        // …and so does openpyxl, which reads every text column of every sheet back as the XML-safe input.
        var sheets = await SpreadsheetReader.ReadAsync(workbook);
        // ClosedXML writes characters beyond the first plane as OOXML escapes (_xD83D__xDE00_), which
        // Excel and ClosedXML read back as the character; openpyxl leaves them as they are.
        string Read(Cell cell) => System.Text.RegularExpressions.Regex.Replace(cell.Text ?? "", "_x([0-9A-F]{4})_",
            m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString()).ReplaceLineEndings("\n");
        void AssertColumn(string sheet, string header)
        {
            var table = sheets.Single(s => s.Name == sheet);
            var cells = table.Data.Select(r => r[table.Column(header)]).ToList();
            Assert.Equal(corpus.Count, cells.Count);
            for (var i = 0; i < corpus.Count; i++)
            {
                Assert.Equal(Expected(corpus[i]).ReplaceLineEndings("\n"), Read(cells[i]));
                Assert.NotEqual("f", cells[i].Type);
                if (ExcelLimits.LooksLikeFormula(Expected(corpus[i]))) Assert.True(cells[i].QuotePrefix, $"{sheet}/{header} row {i} is not quote-prefixed");
            }
        }
        AssertColumn("Relationships", "Name");            // streamed
        AssertColumn("Relationships", "Organisation");
        AssertColumn("Dormant to re-engage", "Talking point");
        AssertColumn("People", "Person");                 // written by ClosedXML
        AssertColumn("Organisations", "Domain or name");
        Assert.Equal(Expected($"Engagement report: {corpus[0]}"), Read(sheets[0].Rows[0][0]));
    }

    [Fact]
    public void Valid_surrogate_pairs_are_kept_whole_and_a_cut_never_splits_one()
    {
        // One character first, so Excel's limit falls between the halves of a pair.
        var emoji = "a" + string.Concat(Enumerable.Repeat("\U0001F600", 20_000));

        var cell = ExcelLimits.CellText(emoji);

        Assert.True(cell.Length <= ExcelLimits.MaxCellText);
        Assert.Equal("\U0001F600 kept", XmlSafeText.Clean("\U0001F600 kept"));
        Assert.DoesNotContain(cell.Select((c, i) => (c, i)), p => char.IsHighSurrogate(p.c) && (p.i + 1 >= cell.Length || !char.IsLowSurrogate(cell[p.i + 1])));
        Assert.EndsWith("(cut: Excel holds 32,767 characters a cell)", cell);
    }

    [Fact]
    public async Task A_sender_whose_name_holds_xml_invalid_characters_does_not_break_the_report()
    {
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        var eve = new EmailAddress("Eve \uFFFE\uFFFF Null\u0001 =1+1", "eve@tailspin-toys.example");
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "eve-1", eve, new EmailAddress("Ana", ana.User.Mail), TestClock.Origin.AddDays(-3), "Hello", "eve"));
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = new RelationsApp(emulator, settings: new Dictionary<string, string?> { ["Jobs:RunServer"] = "true" });
        foreach (var owner in await app.ImportDirectoryAsync()) await app.SyncAsync(owner);
        using var client = app.ClientAs(ana.User.Mail);

        var report = await ReportPolling.WaitAsync(client, await ReportPolling.RequestAsync(client, new { scope = "me" }));

        Assert.Equal("succeeded", report.GetProperty("status").GetString());
        var relationships = (await SpreadsheetReader.ReadAsync(await client.GetByteArrayAsync($"/api/reports/{report.GetProperty("id").GetGuid()}/file")))
            .Single(s => s.Name == "Relationships");
        var name = relationships.Data.Single(r => r[relationships.Column("Contact")].Text == eve.Address)[relationships.Column("Name")];
        Assert.Equal("Eve  Null  =1+1", name.Text);
    }
}
