using System.Text.Json;

namespace OutlookRelations.GraphEmulator.Tests;

public sealed class MailFolderTests
{
    private static List<string?> Names(IEnumerable<JsonElement> folders) => [.. folders.Select(f => f.GetProperty("displayName").GetString())];

    [Fact]
    public async Task The_top_level_lists_Exchanges_folders_ten_at_a_time_and_hidden_ones_only_when_asked()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 0);
        f.Mailbox.AddFolder("Projects");
        f.Mailbox.AddFolder("Hidden sync state", isHidden: true);
        f.Mailbox.AddFolder("Customers");
        f.Mailbox.AddFolder("Travel");

        var (_, first) = await f.GetAsync($"{f.UserPath}/mailFolders");
        Assert.Equal(10, first.GetProperty("value").GetArrayLength());
        var (_, second) = await f.GetAsync(first.GetProperty("@odata.nextLink").GetString()!);
        var visible = Names(first.GetProperty("value").EnumerateArray().Concat(second.GetProperty("value").EnumerateArray()));
        Assert.Equal(["Inbox", "Sent Items", "Deleted Items", "Drafts", "Junk Email", "Outbox", "Archive", "Conversation History", "Projects", "Customers", "Travel"], visible);
        Assert.False(second.TryGetProperty("@odata.nextLink", out _));

        var (_, all) = await f.GetAsync($"{f.UserPath}/mailFolders?includeHiddenFolders=true&$top=50");
        var hidden = Assert.Single(all.GetProperty("value").EnumerateArray(), e => e.GetProperty("isHidden").GetBoolean());
        Assert.Equal("Hidden sync state", hidden.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Well_known_names_resolve_and_child_folders_hang_under_their_parent()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 3);
        var project = f.Mailbox.AddFolder("Project X", "inbox");
        f.Mailbox.AddFolder("Old", project.Id);

        var (_, inbox) = await f.GetAsync($"{f.UserPath}/mailFolders/Inbox");
        Assert.Equal("Inbox", inbox.GetProperty("displayName").GetString());
        Assert.Equal(3, inbox.GetProperty("totalItemCount").GetInt32());
        Assert.Equal(1, inbox.GetProperty("childFolderCount").GetInt32());
        var (_, children) = await f.GetAsync($"{f.UserPath}/mailFolders/inbox/childFolders");
        var child = Assert.Single(children.GetProperty("value").EnumerateArray());
        Assert.Equal(project.Id, child.GetProperty("id").GetString());
        Assert.Equal(inbox.GetProperty("id").GetString(), child.GetProperty("parentFolderId").GetString());
        var (_, grandchildren) = await f.GetAsync($"{f.UserPath}/mailFolders/{project.Id}/childFolders");
        Assert.Equal(["Old"], Names(grandchildren.GetProperty("value").EnumerateArray()));
        var (missing, _) = await f.GetAsync($"{f.UserPath}/mailFolders/nosuchfolder/childFolders");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Folder_delta_reports_the_whole_tree_then_folders_created_renamed_and_deleted()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 0);
        var doomed = f.Mailbox.AddFolder("Doomed", "inbox");
        var renamed = f.Mailbox.AddFolder("Q1");
        var (items, deltaLink, _) = await f.ReadRoundAsync($"{f.UserPath}/mailFolders/delta()");
        Assert.Equal(10, items.Count);
        Assert.Contains(items, i => i.GetProperty("displayName").GetString() == "Doomed");

        f.Mailbox.RenameFolder(renamed.Id, "Q1 2001");
        f.Mailbox.DeleteFolder(doomed.Id);
        var created = f.Mailbox.AddFolder("New");
        var (changes, _, _) = await f.ReadRoundAsync(deltaLink);

        Assert.Equal(3, changes.Count);
        Assert.Equal("Q1 2001", changes.Single(c => c.GetProperty("id").GetString() == renamed.Id).GetProperty("displayName").GetString());
        Assert.True(changes.Single(c => c.GetProperty("id").GetString() == doomed.Id).TryGetProperty("@removed", out _));
        Assert.Contains(changes, c => c.GetProperty("id").GetString() == created.Id);
    }

    [Fact]
    public async Task A_move_is_removed_from_one_folders_delta_and_added_to_the_others_with_the_same_id()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 2);
        var archive = f.Mailbox.AddFolder("Deals 2001");
        var (_, inboxLink, _) = await f.ReadRoundAsync($"{f.UserPath}/mailFolders/inbox/messages/delta");
        var (_, archiveLink, _) = await f.ReadRoundAsync($"{f.UserPath}/mailFolders/{archive.Id}/messages/delta");

        f.Mailbox.MoveMessage("id-m1", archive.Id);
        var (fromInbox, _, _) = await f.ReadRoundAsync(inboxLink);
        var (intoArchive, _, _) = await f.ReadRoundAsync(archiveLink);

        var removed = Assert.Single(fromInbox);
        Assert.Equal("id-m1", removed.GetProperty("id").GetString());
        Assert.True(removed.TryGetProperty("@removed", out _));
        var added = Assert.Single(intoArchive);
        Assert.Equal("id-m1", added.GetProperty("id").GetString());
        Assert.Equal(archive.Id, added.GetProperty("parentFolderId").GetString());
        var (_, byId) = await f.GetAsync($"{f.UserPath}/messages/id-m1?$select=parentFolderId,internetMessageId");
        Assert.Equal(archive.Id, byId.GetProperty("parentFolderId").GetString());
    }
}
