using System.Text.Json;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Learning;
using OutlookRelations.Memory.Messages;

namespace OutlookRelations.Cli.Training;

/// <summary>
/// The labelled development set (eval/dev.jsonl, see eval/GUIDE.md): one line per label, or one
/// line with "kind": null for a message without any, each naming its file under the data folder and
/// its cross-validation fold. A message that appears under several paths is read once.
/// </summary>
internal static class DevSet
{
    public const string LabelsFile = "eval/dev.jsonl";

    public static IReadOnlyList<LabelledMail> Load(string dataFolder)
    {
        var labelsPath = Path.Combine(dataFolder, LabelsFile);
        if (!File.Exists(labelsPath)) throw new FileNotFoundException($"No labelled set at {labelsPath}.", labelsPath);
        var byMessage = new Dictionary<string, (string Path, int Fold, List<DetailLabel> Labels)>(StringComparer.Ordinal);
        var order = new List<string>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(labelsPath))
        {
            lineNumber++;
            if (line.Trim().Length == 0) continue;
            JsonElement row;
            try
            {
                row = JsonDocument.Parse(line).RootElement;
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{labelsPath}:{lineNumber}: not JSON: {e.Message}", e);
            }
            var id = Required(row, "messageId", labelsPath, lineNumber).Trim().Trim('<', '>');
            if (!byMessage.TryGetValue(id, out var entry))
            {
                var fold = row.TryGetProperty("fold", out var f) && f.ValueKind == JsonValueKind.Number ? f.GetInt32()
                    : throw new InvalidDataException($"{labelsPath}:{lineNumber}: no \"fold\" (0-4).");
                entry = (Required(row, "path", labelsPath, lineNumber), fold, []);
                byMessage[id] = entry;
                order.Add(id);
            }
            if (row.TryGetProperty("kind", out var kind) && kind.ValueKind == JsonValueKind.String)
            {
                if (!ArtifactKinds.TryParse(kind.GetString(), out var parsed))
                    throw new InvalidDataException($"{labelsPath}:{lineNumber}: unknown kind '{kind.GetString()}'.");
                entry.Labels.Add(new DetailLabel(Required(row, "about", labelsPath, lineNumber).Trim().ToLowerInvariant(), parsed,
                    row.TryGetProperty("evidence", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString()! : ""));
            }
        }
        return [.. order.Select(id =>
        {
            var (path, fold, labels) = byMessage[id];
            using var stream = File.OpenRead(Path.Combine(dataFolder, "enron", path));
            return new LabelledMail(MimeReader.Read(stream), fold, labels);
        })];
    }

    private static string Required(JsonElement row, string name, string file, int line) =>
        row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!
            : throw new InvalidDataException($"{file}:{line}: no \"{name}\".");
}
