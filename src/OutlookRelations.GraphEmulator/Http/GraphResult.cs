using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace OutlookRelations.GraphEmulator.Http;

/// <summary>An IResult that writes a Graph JSON body with a Utf8JsonWriter, plus optional headers.</summary>
internal sealed class GraphResult(int statusCode, Action<Utf8JsonWriter> body, IReadOnlyDictionary<string, string>? headers = null) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer)) body(writer);
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = GraphJson.ContentType;
        foreach (var (name, value) in headers ?? new Dictionary<string, string>()) response.Headers[name] = value;
        await response.Body.WriteAsync(buffer.WrittenMemory, httpContext.RequestAborted);
    }

    public static GraphResult Error(int statusCode, string code, string message, IReadOnlyDictionary<string, string>? headers = null) =>
        new(statusCode, w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("error");
            w.WriteString("code", code);
            w.WriteString("message", message);
            w.WriteStartObject("innerError");
            w.WriteString("code", statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("request-id", Guid.NewGuid().ToString());
            w.WriteString("status", statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }, headers);

    public static GraphResult NotFound(string what) =>
        Error(StatusCodes.Status404NotFound, "ErrorItemNotFound", $"The specified object was not found in the store: {what}.");
}
