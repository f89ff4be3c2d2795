using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Json;

namespace OutlookRelations.Server.Hosting;

/// <summary>
/// Input the endpoints' parameters cannot bind (malformed JSON, a string where a date goes, "abc" for
/// ?top=) becomes a 400 ProblemDetails naming the field, in every environment. By default minimal
/// APIs throw for it in Development (a 500 through the exception handler) and answer a bare 400 in
/// Production (issue 15); here they always throw, and this handler says what was wrong.
/// </summary>
public sealed partial class BadRequestProblems(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (exception is not BadHttpRequestException bad) return false;
        var field = FieldOf(bad);
        context.Response.StatusCode = bad.StatusCode;
        var details = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [Describe(bad)] })
        {
            Status = bad.StatusCode,
            Title = bad.StatusCode == StatusCodes.Status400BadRequest ? "The request could not be read." : "The request was refused.",
            Detail = bad.Message,
        };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details, Exception = exception });
    }

    /// <summary>The JSON path of a body that did not read ("from", "value[0].subscriptionId"), else the parameter's name.</summary>
    private static string FieldOf(BadHttpRequestException bad)
    {
        if (bad.InnerException is JsonException { Path: { } path } && path.TrimStart('$').TrimStart('.') is { Length: > 0 } member) return member;
        if (bad.InnerException is JsonException) return "body";
        var parameter = ParameterName().Match(bad.Message);
        return parameter.Success ? parameter.Groups[1].Value : "request";
    }

    private static string Describe(BadHttpRequestException bad) => bad.InnerException switch
    {
        JsonException json => $"Not readable as JSON of the expected shape: {json.Message.Split(" Path:")[0]}",
        _ => bad.Message,
    };

    // "Failed to bind parameter \"int? top\" from \"abc\"." / "Required parameter \"string email\" was not provided…"
    [GeneratedRegex("""parameter "(?:[^"]* )?(\w+)"\s""")]
    private static partial Regex ParameterName();
}

public static class BadRequestProblemsSetup
{
    public static IServiceCollection AddBadRequestProblems(this IServiceCollection services)
    {
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BadRequestProblems>();
        return services;
    }
}
