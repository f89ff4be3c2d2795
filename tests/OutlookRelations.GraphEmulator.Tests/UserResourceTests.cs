using OutlookRelations.GraphEmulator.Model;

namespace OutlookRelations.GraphEmulator.Tests;

public sealed class UserResourceTests
{
    [Fact]
    public async Task A_user_carries_every_address_of_the_mailbox_as_proxyAddresses()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 0);
        var store = f.Server.Store;
        var user = new EmulatedUser("user-2", "Phillip K Allen", "phillip.allen@enron.com") { ProxyAddresses = ["SMTP:phillip.allen@enron.com", "smtp:pallen@enron.com"] };
        store.AddMailbox(user);

        var (_, body) = await f.GetAsync($"{f.Server.GraphBaseUrl}/users/user-2");

        Assert.Equal(["SMTP:phillip.allen@enron.com", "smtp:pallen@enron.com"], body.GetProperty("proxyAddresses").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task A_message_gives_its_list_headers_as_internetMessageHeaders_when_selected()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 0);
        f.Mailbox.Inbox.Upsert(EmulatorFixture.Message("news") with { Headers = [new("List-Unsubscribe", "<mailto:leave@lists.example>")] });

        var (_, page) = await f.GetAsync($"{f.UserPath}/mailFolders/inbox/messages/delta?$select=subject,internetMessageHeaders");

        var header = Assert.Single(page.GetProperty("value")[0].GetProperty("internetMessageHeaders").EnumerateArray());
        Assert.Equal("List-Unsubscribe", header.GetProperty("name").GetString());
        Assert.Equal("<mailto:leave@lists.example>", header.GetProperty("value").GetString());
    }
}
