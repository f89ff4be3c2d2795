using OutlookRelations.Testing;

namespace OutlookRelations.Server.Tests.Architecture;

/// <summary>
/// The server's folders form layers: features build on the mailbox core and on each other one way
/// only, so a folder can be read, changed and tested without the ones above it (issue 17).
/// </summary>
public sealed class FolderDependencyTests
{
    private static readonly FolderGraph Server = FolderGraph.Read(Path.Combine(RepositoryPaths.Root!, "src", "OutlookRelations.Server"));

    [Fact]
    public void No_two_server_folders_depend_on_each_other()
    {
        var cycles = FolderGraph.Cycles(Server.Edges);

        Assert.True(cycles.Count == 0, "Server folders that depend on each other:\n" + string.Join("\n", cycles.Select(Server.Explain)));
    }

    [Fact]
    public void The_mailbox_core_uses_storage_and_Graph_access_and_no_feature()
    {
        Assert.Equal(["GraphAccess", "Storage"], Server.Edges["Mailboxes"].Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Sync_uses_none_of_the_features_that_hook_into_it()
    {
        Assert.DoesNotContain(Server.Edges["Sync"].Keys, f => f is "Engagement" or "Details" or "Notifications" or "DataControls");
    }

    [Fact]
    public void The_check_reads_every_server_folder_and_what_they_use()
    {
        // Guards the check itself: reading no folders, or no references, would pass vacuously.
        Assert.Superset(new HashSet<string> { "Contacts", "DataControls", "Details", "Engagement", "Mailboxes", "Notifications", "Storage", "Sync" }, Server.Folders.ToHashSet());
        Assert.Contains("Storage", Server.Edges["Sync"].Keys);
        Assert.Contains("Mailboxes", Server.Edges["Contacts"].Keys);
    }

    [Fact]
    public void A_using_a_qualified_name_and_a_folder_qualified_name_each_count_and_member_access_does_not()
    {
        string[] folders = ["Contacts", "Notifications", "Reports", "Sync"];
        const string source = """
            using OutlookRelations.Server.Sync;
            var reports = new OutlookRelations.Server.Reports.ReportQueue();
            Notifications.MailboxSubscriptions subscriptions = null!;
            db.Contacts.Add(contact);
            """;

        Assert.Equal(["Notifications", "Reports", "Sync"], FolderGraph.References(source, folders).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_cycle_is_reported_as_a_path_back_to_where_it_started_with_the_files_that_make_it()
    {
        IReadOnlyDictionary<string, IReadOnlyList<string>> Uses(params string[] folders) =>
            folders.ToDictionary(f => f, f => (IReadOnlyList<string>)[$"{f}Client.cs"]);
        var edges = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>
        {
            ["Sync"] = Uses("Notifications", "Storage"),
            ["Notifications"] = Uses("Contacts"),
            ["Contacts"] = Uses("Sync", "Storage"),
            ["Storage"] = Uses(),
            ["Reports"] = Uses("Sync"),
        };
        var graph = new FolderGraph([.. edges.Keys], edges);

        var cycle = Assert.Single(FolderGraph.Cycles(edges));

        Assert.Equal(["Contacts", "Sync", "Notifications", "Contacts"], cycle);
        Assert.Contains("Sync uses Notifications in NotificationsClient.cs", graph.Explain(cycle));
    }
}
