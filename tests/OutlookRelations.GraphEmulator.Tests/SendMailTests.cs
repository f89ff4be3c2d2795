using System.Net;
using System.Net.Http.Headers;
using System.Text;
using OutlookRelations.GraphEmulator.Identity;

namespace OutlookRelations.GraphEmulator.Tests;

/// <summary>
/// POST /users/{id}/sendMail as Graph answers it: 202 and nothing in the body, the message kept for
/// tests; with tokens checked, Mail.Send is needed, and Exchange's scope on the app limits the senders.
/// </summary>
public sealed class SendMailTests
{
    private const string Mail = """
        {"message":{"subject":"Worth a note today","body":{"contentType":"HTML","content":"<p>Carla</p>"},
         "toRecipients":[{"emailAddress":{"address":"ana@fabrikam.example"}}]},"saveToSentItems":false}
        """;

    private static async Task<HttpResponseMessage> SendAsync(EmulatorFixture f, string body, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{f.UserPath}/sendMail") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await f.Http.SendAsync(request);
    }

    private static string Token(EmulatorFixture f, string clientId, params string[] roles) =>
        f.Server.Entra.IssueToken(new TokenRequest("0b5c4e7a-1d2f-4a3b-8c9d-0e1f2a3b4c5d", "sp", clientId, f.Server.Entra.GraphAudience)
            { Scope = "", Roles = roles, ClientId = clientId }, DateTimeOffset.UtcNow);

    [Fact]
    public async Task It_accepts_the_message_and_keeps_what_was_sent()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 0);

        using var response = await SendAsync(f, Mail);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var sent = Assert.Single(f.Server.Store.Sent.All);
        Assert.Equal(("ana@fabrikam.example", "Worth a note today", "HTML", "<p>Carla</p>", false),
            (sent.From, sent.Subject, sent.ContentType, sent.Body, sent.SavedToSentItems));
        Assert.Equal(["ana@fabrikam.example"], sent.To);
    }

    [Fact]
    public async Task It_takes_the_parameter_names_as_the_Graph_SDK_writes_them()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 0);

        using var response = await SendAsync(f, """{"Message":{"subject":"s","toRecipients":[{"emailAddress":{"address":"bo@contoso.example"}}]},"SaveToSentItems":false}""");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.False(Assert.Single(f.Server.Store.Sent.All).SavedToSentItems);
    }

    [Fact]
    public async Task A_message_without_recipients_or_a_body_that_is_not_json_is_refused_and_not_kept()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 0);

        using var noRecipient = await SendAsync(f, """{"message":{"subject":"x","toRecipients":[]}}""");
        using var notJson = await SendAsync(f, "{nope");

        Assert.Equal(HttpStatusCode.BadRequest, noRecipient.StatusCode);
        Assert.Contains("ErrorInvalidRecipients", await noRecipient.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Empty(f.Server.Store.Sent.All);
    }

    [Fact]
    public async Task With_tokens_checked_it_takes_Mail_Send_for_that_mailbox()
    {
        await using var f = await EmulatorFixture.StartAsync(messages: 0);
        f.Server.Entra.RequireGraphTokens = true;
        f.Server.Entra.RegisterApp(new EmulatedApp("scoped") { SendAsOnly = ["digest@fabrikam.example"] });
        f.Server.Entra.RegisterApp(new EmulatedApp("open"));

        using var readOnly = await SendAsync(f, Mail, Token(f, "open", "Mail.Read"));
        using var outsidePolicy = await SendAsync(f, Mail, Token(f, "scoped", "Mail.Send"));
        using var allowed = await SendAsync(f, Mail, Token(f, "open", "Mail.Send"));

        Assert.Equal(HttpStatusCode.Forbidden, readOnly.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, outsidePolicy.StatusCode);
        Assert.Contains("scoped to other mailboxes", await outsidePolicy.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Accepted, allowed.StatusCode);
        Assert.Single(f.Server.Store.Sent.All);
    }
}
