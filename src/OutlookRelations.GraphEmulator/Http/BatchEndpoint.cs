using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OutlookRelations.GraphEmulator.Http;

/// <summary>
/// POST /v1.0/$batch: up to 20 requests in one (Graph's limit), each answered as if sent alone, in
/// one JSON response. Each item really is sent to this listener over loopback, so it passes the same
/// token check and armed faults as a request of its own: a 429 arrives inside a 200, as in Graph.
/// </summary>
internal sealed class BatchEndpoint(Func<Uri> root, X509Certificate2? certificate) : IDisposable
{
    public const int MaxRequests = 20;
    private const string ItemHeader = "X-Emulator-Batch-Item";
    // Marks this listener's own loopback calls, so the request counter counts what clients sent.
    private static readonly string ItemMarker = Guid.NewGuid().ToString("N");
    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        SslOptions = { RemoteCertificateValidationCallback = (_, cert, _, _) => certificate is not null && cert is not null && cert.GetCertHashString() == certificate.GetCertHashString() },
    });

    private static readonly string[] ForwardedResponseHeaders = ["Retry-After", "Location", "Preference-Applied"];

    public static bool IsBatchItem(HttpRequest request) => request.Headers[ItemHeader] == ItemMarker;

    public void Map(IEndpointRouteBuilder graph) => graph.MapPost("/$batch", (HttpRequest r, CancellationToken ct) => ExecuteAsync(r, ct));

    private async Task<IResult> ExecuteAsync(HttpRequest request, CancellationToken ct)
    {
        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
        }
        catch (JsonException)
        {
            return GraphResult.Error(StatusCodes.Status400BadRequest, "BadRequest", "The batch body is not JSON.");
        }
        using var _ = body;
        if (!body.RootElement.TryGetProperty("requests", out var requests) || requests.ValueKind != JsonValueKind.Array)
            return GraphResult.Error(StatusCodes.Status400BadRequest, "BadRequest", "A batch needs a 'requests' array.");
        if (requests.GetArrayLength() > MaxRequests)
            return GraphResult.Error(StatusCodes.Status400BadRequest, "BadRequest", $"Number of batch request steps exceeds the maximum of {MaxRequests}.");

        var answers = new List<(string Id, int Status, Dictionary<string, string> Headers, string Body)>();
        foreach (var item in requests.EnumerateArray()) answers.Add(await SendAsync(item, request.Headers.Authorization.ToString(), ct));
        return new GraphResult(StatusCodes.Status200OK, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("responses");
            foreach (var (id, status, headers, text) in answers)
            {
                w.WriteStartObject();
                w.WriteString("id", id);
                w.WriteNumber("status", status);
                w.WriteStartObject("headers");
                foreach (var (name, value) in headers) w.WriteString(name, value);
                w.WriteEndObject();
                if (text.Length > 0)
                {
                    w.WritePropertyName("body");
                    using var parsed = JsonDocument.Parse(text);
                    parsed.RootElement.WriteTo(w);
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private async Task<(string, int, Dictionary<string, string>, string)> SendAsync(JsonElement item, string authorization, CancellationToken ct)
    {
        var id = item.TryGetProperty("id", out var idValue) ? idValue.GetString() ?? "" : "";
        var method = item.TryGetProperty("method", out var m) ? m.GetString() ?? "GET" : "GET";
        var url = item.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
        if (url.Contains("://", StringComparison.Ordinal) || url.Length == 0)
            return (id, StatusCodes.Status400BadRequest, new() { ["Content-Type"] = "application/json" },
                """{"error":{"code":"BadRequest","message":"A batch request's url is relative to the version root, e.g. /me/messages."}}""");

        using var message = new HttpRequestMessage(new HttpMethod(method), new Uri(root(), "v1.0/" + url.TrimStart('/')));
        message.Headers.TryAddWithoutValidation("Authorization", authorization);
        message.Headers.TryAddWithoutValidation(ItemHeader, ItemMarker);
        if (item.TryGetProperty("headers", out var headers) && headers.ValueKind == JsonValueKind.Object)
            foreach (var header in headers.EnumerateObject())
                if (!header.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
                    message.Headers.TryAddWithoutValidation(header.Name, header.Value.GetString());
        if (item.TryGetProperty("body", out var content) && content.ValueKind != JsonValueKind.Null)
            message.Content = new StringContent(content.GetRawText(), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

        using var response = await _http.SendAsync(message, ct);
        var answerHeaders = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (response.Content.Headers.ContentType is { } type) answerHeaders["Content-Type"] = type.ToString();
        foreach (var name in ForwardedResponseHeaders)
            if (response.Headers.TryGetValues(name, out var values)) answerHeaders[name] = string.Join(",", values);
        return (id, (int)response.StatusCode, answerHeaders, await response.Content.ReadAsStringAsync(ct));
    }

    public void Dispose() => _http.Dispose();
}
