using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace OutlookRelations.Server.OpenApi;

/// <summary>
/// Says what the server writes, where the generated schema says what its JSON options would read:
/// <list type="bullet">
/// <item>Numbers are numbers. The web defaults also read "12" as 12, so each number comes out as
/// "integer or string matching a pattern"; the server never writes one as a string, and a client
/// typed from that union would have to handle strings that never come.</item>
/// <item>Enums are their camelCase names and nothing else: Program.cs's converter refuses numbers
/// (allowIntegerValues: false), so the schema is a string with its enum, not an untyped enum.</item>
/// <item>A type with [JsonExtensionData] writes members its schema cannot name: ProblemDetails
/// carries traceId and whatever else a handler adds, so its schema admits more properties.</item>
/// </list>
/// </summary>
internal sealed class WireSchemas : IOpenApiSchemaTransformer
{
    private const JsonSchemaType Numeric = JsonSchemaType.Integer | JsonSchemaType.Number;

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Type is { } type && (type & Numeric) != 0 && (type & JsonSchemaType.String) != 0)
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
        var clr = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (clr.IsEnum && schema.Enum is { Count: > 0 })
        {
            schema.Type = JsonSchemaType.String | (schema.Type ?? 0) & JsonSchemaType.Null;
            schema.Description ??= "One of these names; a number is refused (the server reads and writes enums by name only).";
        }
        if (context.JsonTypeInfo.Properties.Any(p => p.IsExtensionData)) schema.AdditionalProperties ??= new OpenApiSchema();
        return Task.CompletedTask;
    }
}
