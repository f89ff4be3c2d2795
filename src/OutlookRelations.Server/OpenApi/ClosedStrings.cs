using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Remembering;
using OutlookRelations.Server.Details;
using OutlookRelations.Server.Identity;
using OutlookRelations.Server.Reports;
using OutlookRelations.Server.Serendipity;
using OutlookRelations.Server.Sidebar;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.OpenApi;

/// <summary>
/// The string properties of responses that only ever hold one of a few words: the document lists
/// them as an enum, so the pane's generated types are unions it can switch on. Named here rather
/// than beside the records because those records are C# strings, written from the enums below (or
/// from the literals the code writes, where no enum exists). DocumentedAnswersTests checks real
/// answers against the document: a word the code writes that this list lacks fails it once an
/// answer there carries it.
/// </summary>
internal sealed class ClosedStrings : IOpenApiSchemaTransformer
{
    private static readonly Dictionary<(Type, string), string[]> Words = new()
    {
        [(typeof(DetailView), nameof(DetailView.Kind))] = [.. ArtifactKinds.All, "note"],
        // The card and the correction endpoints never show a dismissed or superseded detail.
        [(typeof(DetailView), nameof(DetailView.Status))] = [Lower(DetailStatus.Active), Lower(DetailStatus.Confirmed)],
        [(typeof(DetailView), nameof(DetailView.Origin))] = [.. Enum.GetValues<DetailOrigin>().Select(Lower)],
        [(typeof(FreshnessView), nameof(FreshnessView.State))] = [.. Enum.GetNames<FreshnessState>().Select(Camel)],
        [(typeof(OpenerView), nameof(OpenerView.Reason))] = ["upcoming", "justPassed", "awaitingReply", "quiet", "fresh", "promise"],
        [(typeof(RecentSubject), nameof(RecentSubject.Direction))] = ["sent", "received"],
        [(typeof(KnownPerson), nameof(KnownPerson.Band))] = ["strong", "regular", "light"],
        [(typeof(ReportsApi.ReportView), nameof(ReportsApi.ReportView.Scope))] = [.. Enum.GetValues<ReportScope>().Select(Lower)],
        [(typeof(ReportsApi.ScheduleView), nameof(ReportsApi.ScheduleView.Scope))] = [.. Enum.GetValues<ReportScope>().Select(Lower)],
        [(typeof(ClientConfigApi.ClientConfig), nameof(ClientConfigApi.ClientConfig.Identity))] = ["demo", "entra"],
    };

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo is { } property && property.AttributeProvider is MemberInfo member
            && Words.TryGetValue((property.DeclaringType, member.Name), out var words))
        {
            schema.Enum = [.. words.Select(w => (JsonNode)w)];
            // A nullable property may also be null (ScheduleView.Scope when nothing is scheduled).
            if ((schema.Type & JsonSchemaType.Null) != 0) schema.Enum.Add(null!);
        }
        return Task.CompletedTask;
    }

    private static string Lower<T>(T value) where T : struct, Enum => Enum.GetName(value)!.ToLowerInvariant();

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
