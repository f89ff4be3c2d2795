using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace OutlookRelations.Server.OpenApi;

/// <summary>
/// Every constructor parameter of a record comes out "required", which is true of what the server
/// writes (it writes every property, nulls included) but not of what it reads: a property left out
/// of a request body binds as null. So in a schema only request bodies use, a property that may be
/// null is optional, as the authorization matrix's <c>{"scope":"me"}</c> shows. A schema that is
/// also a response (SettingsView) keeps every property required: its readers count on them.
/// </summary>
internal sealed class RequestOnlySchemas : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        if (document.Components?.Schemas is not { } components) return Task.CompletedTask;
        var operations = document.Paths.Values.SelectMany(p => Values(p.Operations)).ToList();
        var read = Reachable(components, operations.SelectMany(o => Values(o.RequestBody?.Content)).Select(m => m.Schema));
        var written = Reachable(components, operations.SelectMany(o => Values(o.Responses)).SelectMany(r => Values(r.Content)).Select(m => m.Schema));
        foreach (var name in read.Except(written))
        {
            if (components[name] is not OpenApiSchema { Required: { } required, Properties: { } properties }) continue;
            foreach (var (property, schema) in properties)
                if (MayBeNull(schema)) required.Remove(property);
        }
        return Task.CompletedTask;
    }

    /// <summary>The names of the component schemas these schemas use, directly or through others.</summary>
    private static HashSet<string> Reachable(IDictionary<string, IOpenApiSchema> components, IEnumerable<IOpenApiSchema?> roots)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<IOpenApiSchema>(roots.OfType<IOpenApiSchema>());
        while (pending.TryPop(out var schema))
        {
            if (schema is OpenApiSchemaReference { Reference.Id: { } id })
            {
                if (names.Add(id) && components.TryGetValue(id, out var target)) pending.Push(target);
                continue;
            }
            foreach (var child in Children(schema)) pending.Push(child);
        }
        return names;
    }

    private static IEnumerable<IOpenApiSchema> Children(IOpenApiSchema schema) =>
        Values(schema.Properties).Concat(schema.OneOf ?? []).Concat(schema.AnyOf ?? []).Concat(schema.AllOf ?? [])
            .Concat(new[] { schema.Items, schema.AdditionalProperties }.OfType<IOpenApiSchema>());

    private static IEnumerable<TValue> Values<TKey, TValue>(IDictionary<TKey, TValue>? map) => map?.Values ?? Enumerable.Empty<TValue>();

    private static bool MayBeNull(IOpenApiSchema schema) =>
        (schema.Type & JsonSchemaType.Null) != 0 || (schema.OneOf ?? []).Any(s => s.Type == JsonSchemaType.Null);
}
