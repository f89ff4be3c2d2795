using System.Net;
using System.Text.Json;

namespace OutlookRelations.GraphEmulator.Tests;

public sealed class MessageDeltaTests
{
    [Fact]
    public async Task A_round_pages_by_maxpagesize_and_ends_with_a_deltaLink()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 20);

        var (first, body) = await f.GetAsync($"{f.UserPath}/mailFolders/inbox/messages/delta()", pageSize: 7);
        Assert.Equal("odata.maxpagesize=7", first.Headers.GetValues("Preference-Applied").Single());
        Assert.Equal(7, body.GetProperty("value").GetArrayLength());
        Assert.StartsWith(f.Server.GraphBaseUrl, body.GetProperty("@odata.nextLink").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("$metadata#Collection(message)", body.GetProperty("@odata.context").GetString(), StringComparison.Ordinal);

        // Later pages need no Prefer header: the token carries the page size, as in Graph.
        var (items, deltaLink, pages) = await f.ReadRoundAsync($"{f.UserPath}/mailFolders/inbox/messages/delta", pageSize: 7);
        Assert.Equal(3, pages);
        Assert.Equal(20, items.Select(i => i.GetProperty("id").GetString()).Distinct().Count());
        Assert.Contains("$deltatoken=", deltaLink, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Select_returns_only_the_chosen_properties_plus_id_and_annotations()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 1);

        var (_, body) = await f.GetAsync($"{f.UserPath}/mailFolders/inbox/messages/delta?$select=subject,sender,isRead");

        var names = body.GetProperty("value")[0].EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["@odata.etag", "@odata.type", "id", "isRead", "sender", "subject"], names);
    }

    [Fact]
    public async Task The_next_round_returns_exactly_what_changed_with_removals_marked()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 10);
        var (_, deltaLink, _) = await f.ReadRoundAsync($"{f.UserPath}/mailFolders/inbox/messages/delta");

        f.Mailbox.Inbox.Remove("id-m3");
        f.Mailbox.Inbox.Upsert(EmulatorFixture.Message("m4", subject: "Changed"));
        f.Mailbox.Inbox.Upsert(EmulatorFixture.Message("new"));
        var (items, nextDelta, _) = await f.ReadRoundAsync(deltaLink);

        Assert.Equal(3, items.Count);
        var removed = Assert.Single(items, i => i.TryGetProperty("@removed", out _));
        Assert.Equal("id-m3", removed.GetProperty("id").GetString());
        Assert.Equal("deleted", removed.GetProperty("@removed").GetProperty("reason").GetString());
        Assert.Equal("Changed", items.Single(i => i.GetProperty("id").GetString() == "id-m4").GetProperty("subject").GetString());
        Assert.Contains(items, i => i.GetProperty("id").GetString() == "id-new");

        var (nothing, _, _) = await f.ReadRoundAsync(nextDelta);
        Assert.Empty(nothing);
    }

    [Fact]
    public async Task An_initial_round_never_reports_items_deleted_before_it()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 5);
        f.Mailbox.Inbox.Remove("id-m0");

        var (items, _, _) = await f.ReadRoundAsync($"{f.UserPath}/mailFolders/sentitems/messages/delta");
        Assert.Empty(items);
        (items, _, _) = await f.ReadRoundAsync($"{f.UserPath}/mailFolders/inbox/messages/delta");
        Assert.Equal(4, items.Count);
        Assert.DoesNotContain(items, i => i.TryGetProperty("@removed", out _));
    }

    [Fact]
    public async Task Lost_sync_state_answers_410_with_a_fresh_start_location()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 3);
        var (_, deltaLink, _) = await f.ReadRoundAsync($"{f.UserPath}/mailFolders/inbox/messages/delta");

        f.Mailbox.ResetSyncState();
        var (response, body) = await f.GetAsync(deltaLink);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("SyncStateNotFound", body.GetProperty("error").GetProperty("code").GetString());
        Assert.EndsWith("$deltatoken=", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_requests_get_Graph_errors()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 1);

        var (malformed, _) = await f.GetAsync($"{f.UserPath}/mailFolders/inbox/messages/delta?$skiptoken=not-a-token");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);

        var (noUser, error) = await f.GetAsync($"{f.Server.GraphBaseUrl}/users/nobody/mailFolders/inbox/messages/delta");
        Assert.Equal(HttpStatusCode.NotFound, noUser.StatusCode);
        Assert.Equal("ErrorItemNotFound", error.GetProperty("error").GetProperty("code").GetString());

        var (noFolder, _) = await f.GetAsync($"{f.UserPath}/mailFolders/nosuchfolder/messages/delta");
        Assert.Equal(HttpStatusCode.NotFound, noFolder.StatusCode);

        using var anonymous = new HttpClient();
        var unauthorised = await anonymous.GetAsync($"{f.UserPath}/mailFolders/inbox/messages/delta");
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorised.StatusCode);
        Assert.Contains("InvalidAuthenticationToken", await unauthorised.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_single_message_is_served_by_id()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 2);

        var (ok, message) = await f.GetAsync($"{f.UserPath}/messages/id-m1?$select=internetMessageId,body");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("<m1@test.example>", message.GetProperty("internetMessageId").GetString());
        Assert.Equal("Body of m1", message.GetProperty("body").GetProperty("content").GetString());

        var (missing, _) = await f.GetAsync($"{f.UserPath}/messages/id-nope");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_folders_messages_list_newest_first_with_top_and_select()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 5);
        var newest = EmulatorFixture.Message("newest") with { ReceivedDateTime = EmulatorFixture.Start.AddHours(1) };
        f.Mailbox.Inbox.Upsert(newest);

        var (response, body) = await f.GetAsync($"{f.UserPath}/mailFolders/inbox/messages?$top=2&$orderby=receivedDateTime desc&$select=receivedDateTime");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var value = body.GetProperty("value");
        Assert.Equal(2, value.GetArrayLength());
        Assert.Equal(newest.Id, value[0].GetProperty("id").GetString());
        Assert.True(value[0].GetProperty("receivedDateTime").GetDateTimeOffset() >= value[1].GetProperty("receivedDateTime").GetDateTimeOffset());
        Assert.False(value[0].TryGetProperty("subject", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await f.GetAsync($"{f.UserPath}/mailFolders/inbox/messages?$orderby=subject")).Response.StatusCode);
    }
}
