using Microsoft.AspNetCore.OpenApi;

namespace OutlookRelations.Server.OpenApi;

/// <summary>
/// The OpenAPI document of the server's API at <see cref="Path"/>, in Development only: the task
/// pane's TypeScript types are generated from a committed copy of it (README, "The API document"),
/// and an operator's server has no reason to describe itself to whoever asks. This folder may use
/// every feature folder (it names their types) and none may use it, so it adds no namespace cycle.
/// </summary>
public static class ApiDocument
{
    public const string Name = "v1";
    public const string Path = "/openapi/" + Name + ".json";

    public static IServiceCollection AddApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(Name, options =>
        {
            options.AddSchemaTransformer<WireSchemas>();
            options.AddSchemaTransformer<ClosedStrings>();
            options.AddDocumentTransformer<RequestOnlySchemas>();
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new() { Title = "OutlookRelations", Version = Name, Description = "The API the task pane, the reports page and the admin page call." };
                // The address it was fetched from: the committed copy must not depend on the port a test ran on.
                document.Servers = [];
                return Task.CompletedTask;
            });
        });

    public static void MapApiDocument(this WebApplication app)
    {
        if (app.Environment.IsDevelopment()) app.MapOpenApi(Path).AllowAnonymous();
    }
}
