namespace OutlookRelations.Server.Tests.Infrastructure;

/// <summary>One row of authorization-matrix.md: an endpoint, how to call it, and each caller's status.</summary>
public sealed record MatrixRow(int Line, string Endpoint, string? Call, string? Body, IReadOnlyDictionary<string, int> Expected)
{
    public string Method => Endpoint[..Endpoint.IndexOf(' ')];
    public string Pattern => Endpoint[(Endpoint.IndexOf(' ') + 1)..];

    public override string ToString() => $"{Endpoint}{(Body is null ? "" : " " + Body)} (line {Line})";
}

/// <summary>
/// Reads the expected-status table from authorization-matrix.md: the one table whose header starts
/// with "endpoint", its caller columns named by the header. Kept as markdown so a person reviews it.
/// </summary>
public static class ExpectedStatuses
{
    public const string FileName = "authorization-matrix.md";
    private const int FixedColumns = 3; // endpoint, call, body

    public static (IReadOnlyList<string> Callers, IReadOnlyList<MatrixRow> Rows) Load()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Authorization", FileName));
        var header = Array.FindIndex(lines, l => l.StartsWith("| endpoint |", StringComparison.Ordinal));
        if (header < 0) throw new InvalidDataException($"{FileName} has no table starting '| endpoint |'.");
        var callers = Cells(lines[header]).Skip(FixedColumns).ToList();
        var rows = new List<MatrixRow>();
        for (var i = header + 2; i < lines.Length && lines[i].StartsWith('|'); i++)
        {
            var cells = Cells(lines[i]);
            if (cells.Count != FixedColumns + callers.Count)
                throw new InvalidDataException($"{FileName} line {i + 1} has {cells.Count} cells; the header has {FixedColumns + callers.Count}.");
            var expected = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var c = 0; c < callers.Count; c++)
                expected[callers[c]] = int.TryParse(cells[FixedColumns + c], out var status)
                    ? status : throw new InvalidDataException($"{FileName} line {i + 1}: '{cells[FixedColumns + c]}' is not a status code.");
            rows.Add(new MatrixRow(i + 1, cells[0], Blank(cells[1]), Blank(cells[2]), expected));
        }
        return (callers, rows);
    }

    // Cells are split on '|' at the edges of the row only: JSON bodies here never contain a pipe.
    private static List<string> Cells(string line) => [.. line.Trim().Trim('|').Split('|').Select(c => c.Trim())];

    private static string? Blank(string cell) => cell.Length == 0 ? null : cell;
}
