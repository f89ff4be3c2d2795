using OutlookRelations.Server.Engagement;

namespace OutlookRelations.Server.Tests.Engagement;

public sealed class DefinitionsDocumentTests
{
    [Fact]
    public void Docs_metrics_md_carries_every_definition_the_workbook_carries()
    {
        var document = File.ReadAllText(Path.Combine(OutlookRelations.Testing.RepositoryPaths.Root!, "docs", "metrics.md"));

        Assert.All(Definitions.All, d => Assert.Contains($"| {d.Metric} | {d.Definition.Replace('|', '/')} |", document));
    }
}
