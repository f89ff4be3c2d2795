using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.SendMail;

namespace OutlookRelations.Server.GraphAccess;

/// <summary>One message OutlookRelations sends: to one person, as HTML someone else already escaped.</summary>
public sealed record OutgoingMail(string To, string Subject, string Html);

/// <summary>Graph refused to send: the reason in words an admin can act on.</summary>
public sealed class MailNotSentException(string message, Exception inner) : Exception(message, inner);

/// <summary>
/// Sends mail as the tenant's sender mailbox through Graph's sendMail, app-only: the app needs
/// Mail.Send for that one mailbox (RBAC for Applications in Exchange, docs/deploy.md), never for all.
/// Nothing is saved to the sender's Sent Items: a digest a day per person would fill it.
/// </summary>
public sealed class GraphMailSender(TenantGraph graphs)
{
    public async Task SendAsync(Guid tenantId, string senderMailbox, OutgoingMail mail, CancellationToken ct)
    {
        var graph = await graphs.ForTenantAsync(tenantId, ct);
        var body = new SendMailPostRequestBody
        {
            Message = new Message
            {
                Subject = mail.Subject,
                Body = new ItemBody { ContentType = BodyType.Html, Content = mail.Html },
                ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = mail.To } }],
            },
            SaveToSentItems = false,
        };
        try
        {
            await graph.Users[senderMailbox].SendMail.PostAsync(body, cancellationToken: ct);
        }
        catch (ODataError e) when (e.ResponseStatusCode is 403 or 404)
        {
            var why = e.ResponseStatusCode == 404
                ? $"Graph has no mailbox {senderMailbox}: check the sender mailbox on the admin page."
                : $"Graph refused to send as {senderMailbox}: give the app Mail.Send for that mailbox (docs/deploy.md, Mail from OutlookRelations).";
            throw new MailNotSentException($"{why} Graph said: {e.Error?.Message}", e);
        }
    }
}
