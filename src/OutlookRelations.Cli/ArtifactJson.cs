using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OutlookRelations.Memory.Extraction;

namespace OutlookRelations.Cli;

/// <summary>One artifact as one JSON line, in the shape the evaluation scorer reads.</summary>
internal static class ArtifactJson
{
    public static string Line(Artifact artifact, string path)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        // JSON Lines for terminals and scripts, never HTML: keep "<id@host>" and "don't" readable.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("messageId", artifact.MessageId);
            json.WriteString("path", path);
            json.WriteString("about", artifact.About);
            json.WriteString("kind", artifact.Kind.Name());
            json.WriteString("summary", artifact.Summary);
            json.WriteString("evidence", artifact.Evidence);
            if (artifact.Date is { } date) json.WriteString("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            else json.WriteNull("date");
            json.WriteNumber("confidence", Math.Round(artifact.Confidence, 2));
            json.WriteBoolean("sensitive", artifact.Sensitive);
            if (artifact.Why is { } why) json.WriteString("why", why);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
