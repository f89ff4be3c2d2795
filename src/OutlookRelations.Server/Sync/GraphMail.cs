using Microsoft.Graph.Models;
using OutlookRelations.Memory.Messages;
using Participant = OutlookRelations.Memory.Messages.Participant;

namespace OutlookRelations.Server.Sync;

/// <summary>A Graph message as the memory engine reads it (the body lives only as long as this object).</summary>
public static class GraphMail
{
    public static MailMessage ToMailMessage(Message m, string internetMessageId)
    {
        var body = m.Body?.Content ?? "";
        if (body.Length > MimeReader.MaxBodyChars) body = body[..MimeReader.MaxBodyChars];
        return new MailMessage(
            internetMessageId,
            ToParticipant(m.From ?? m.Sender) ?? new Participant("", ""),
            Participants(m.ToRecipients),
            Participants(m.CcRecipients),
            m.SentDateTime ?? m.ReceivedDateTime ?? DateTimeOffset.MinValue,
            m.Subject ?? "",
            body,
            m.Body?.ContentType == BodyType.Html)
        {
            Bcc = Participants(m.BccRecipients),
            Headers = KeptHeaders(m.InternetMessageHeaders),
        };
    }

    // The memory engine's gate reads list and bulk headers; Graph gives them only when asked for
    // internetMessageHeaders, and we keep no other header.
    private static Dictionary<string, string> KeptHeaders(List<InternetMessageHeader>? headers)
    {
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var header in headers ?? [])
        {
            var name = header.Name?.Trim().ToLowerInvariant();
            if (name is not null && MimeReader.KeptHeaders.Contains(name)) kept.TryAdd(name, header.Value?.Trim() ?? "");
        }
        return kept;
    }

    private static List<Participant> Participants(List<Recipient>? recipients) =>
        [.. (recipients ?? []).Select(ToParticipant).OfType<Participant>()];

    private static Participant? ToParticipant(Recipient? r) =>
        r?.EmailAddress?.Address is { } address ? new Participant(address.Trim().ToLowerInvariant(), r.EmailAddress.Name ?? "") : null;
}
