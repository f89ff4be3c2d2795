using System.Net.Http.Headers;
using System.Text;

namespace OutlookRelations.Server.Hosting;

/// <summary>
/// A body whose Content-Type names a charset .NET has no encoding for ("application/json;
/// charset=nonsense") is refused with a 415 ProblemDetails naming Content-Type. Minimal APIs would
/// otherwise throw an InvalidOperationException while binding the body: a 500, not the caller's fault
/// made plain (found by the bad-input property test, issue 15).
/// </summary>
public static class RequestCharset
{
    public static IApplicationBuilder UseKnownCharsets(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (UnknownCharset(context.Request.ContentType) is { } charset)
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]>
                {
                    ["Content-Type"] = [$"charset '{charset}' is not an encoding this server reads; send UTF-8."],
                })
                {
                    Status = StatusCodes.Status415UnsupportedMediaType,
                    Title = "The request's charset is not supported.",
                },
            });
            return;
        }
        await next(context);
    });

    /// <summary>The charset the header names when no encoding answers to it; null when there is none or it is known.</summary>
    public static string? UnknownCharset(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || media.CharSet is not { Length: > 0 } named) return null;
        var charset = named.Trim('"');
        try
        {
            _ = Encoding.GetEncoding(charset);
            return null;
        }
        catch (ArgumentException)
        {
            return charset;
        }
    }
}
