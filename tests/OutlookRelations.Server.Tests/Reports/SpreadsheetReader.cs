using System.Diagnostics;

namespace OutlookRelations.Server.Tests.Reports;

/// <summary>
/// Opens a workbook with a spreadsheet reader other than ClosedXML: openpyxl under Debian's Python
/// (python3-openpyxl, installed by tests/ensure-prerequisites.sh).
/// </summary>
public sealed record Sheet(string Name, string? Frozen, string? Filter, IReadOnlyList<IReadOnlyList<Cell>> Rows)
{
    public IReadOnlyList<Cell> Header => Rows[0];
    public int Column(string header) => Header.ToList().FindIndex(c => c.Text == header) is var i and >= 0 ? i : throw new KeyNotFoundException(header);
    public IEnumerable<IReadOnlyList<Cell>> Data => Rows.Skip(1);
}

public sealed record Cell(JsonElement Value, string Type, bool QuotePrefix)
{
    public string? Text => Value.ValueKind == JsonValueKind.String ? Value.GetString() : Value.ValueKind == JsonValueKind.Null ? null : Value.ToString();
    public double Number => Value.ValueKind == JsonValueKind.Number ? Value.GetDouble() : throw new InvalidOperationException($"not a number: {Value}");
}

public static class SpreadsheetReader
{
    private const string Python = "/usr/bin/python3";

    public static async Task<IReadOnlyList<Sheet>> ReadAsync(byte[] workbook)
    {
        using var json = await RunAsync("read_xlsx.py", workbook);
        return
        [
            .. json.RootElement.GetProperty("sheets").EnumerateArray().Select(s => new Sheet(
                s.GetProperty("name").GetString()!,
                s.GetProperty("frozen").GetString(),
                s.GetProperty("filter").GetString(),
                [.. s.GetProperty("rows").EnumerateArray().Select(r => (IReadOnlyList<Cell>)[.. r.EnumerateArray().Select(c =>
                    new Cell(c[0].Clone(), c[1].GetString()!, c[2].GetBoolean()))])])),
        ];
    }

    /// <summary>Each sheet's native charts and print settings as openpyxl reads them (read_charts.py).</summary>
    public static async Task<JsonElement> ReadChartsAsync(byte[] workbook)
    {
        using var json = await RunAsync("read_charts.py", workbook);
        return json.RootElement.GetProperty("sheets").Clone();
    }

    private static async Task<JsonDocument> RunAsync(string script, byte[] workbook)
    {
        var path = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(path, workbook);
        try
        {
            var start = new ProcessStartInfo(Python, [Path.Combine(AppContext.BaseDirectory, "Reports", script), path])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{Python} did not start.");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"openpyxl could not read the workbook (is python3-openpyxl installed? run tests/ensure-prerequisites.sh): {await errors}");
            return JsonDocument.Parse(await output);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
