using System.Text.Json;
using OutlookRelations.GraphEmulator.Model;

namespace OutlookRelations.GraphEmulator.Http;

/// <summary>Writes Graph v1.0's JSON shapes (property names and nesting as Microsoft documents them).</summary>
internal static class GraphJson
{
    public const string ContentType = "application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8";

    public static void WriteMessage(Utf8JsonWriter w, EmulatedMessage m, SelectSet select, string folderId)
    {
        w.WriteStartObject();
        w.WriteString("@odata.type", "#microsoft.graph.message");
        w.WriteString("@odata.etag", $"W/\"CQAAABYAAA{m.ChangeKey:D8}\"");
        if (select.Has("createdDateTime")) w.WriteString("createdDateTime", m.ReceivedDateTime.UtcDateTime);
        if (select.Has("lastModifiedDateTime")) w.WriteString("lastModifiedDateTime", m.ReceivedDateTime.UtcDateTime);
        if (select.Has("receivedDateTime")) w.WriteString("receivedDateTime", m.ReceivedDateTime.UtcDateTime);
        if (select.Has("sentDateTime")) w.WriteString("sentDateTime", m.SentDateTime.UtcDateTime);
        if (select.Has("internetMessageId")) w.WriteString("internetMessageId", m.InternetMessageId);
        if (select.Has("subject")) w.WriteString("subject", m.Subject);
        if (select.Has("bodyPreview")) w.WriteString("bodyPreview", Preview(m));
        if (select.Has("importance")) w.WriteString("importance", "normal");
        if (select.Has("parentFolderId")) w.WriteString("parentFolderId", folderId);
        if (select.Has("conversationId")) w.WriteString("conversationId", m.ConversationId);
        if (select.Has("isRead")) w.WriteBoolean("isRead", m.IsRead);
        if (select.Has("isDraft")) w.WriteBoolean("isDraft", false);
        if (select.Has("hasAttachments")) w.WriteBoolean("hasAttachments", false);
        if (select.Has("body"))
        {
            w.WriteStartObject("body");
            w.WriteString("contentType", m.BodyContentType);
            w.WriteString("content", m.BodyContent);
            w.WriteEndObject();
        }
        if (select.Has("sender")) WriteRecipient(w, "sender", m.From);
        if (select.Has("from")) WriteRecipient(w, "from", m.From);
        if (select.Has("toRecipients")) WriteRecipients(w, "toRecipients", m.To);
        if (select.Has("ccRecipients")) WriteRecipients(w, "ccRecipients", m.Cc);
        if (select.Has("bccRecipients")) WriteRecipients(w, "bccRecipients", m.Bcc);
        if (select.Has("replyTo")) WriteRecipients(w, "replyTo", []);
        if (select.Has("internetMessageHeaders"))
        {
            w.WriteStartArray("internetMessageHeaders");
            foreach (var (name, value) in m.Headers)
            {
                w.WriteStartObject();
                w.WriteString("name", name);
                w.WriteString("value", value);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (select.Has("webLink"))
            w.WriteString("webLink", m.WebLink ?? $"https://outlook.office365.com/owa/?ItemID={Uri.EscapeDataString(m.Id)}&exvsurl=1&viewmodel=ReadMessageItem");
        w.WriteString("id", m.Id);
        w.WriteEndObject();
    }

    public static void WriteEvent(Utf8JsonWriter w, EmulatedEvent e, string ownerAddress)
    {
        w.WriteStartObject();
        w.WriteString("@odata.type", "#microsoft.graph.event");
        w.WriteString("@odata.etag", $"W/\"EZ9r3czxY0m2jz8c45czkw{e.ChangeKey:D8}\"");
        w.WriteString("iCalUId", e.ICalUId);
        w.WriteString("subject", e.Subject);
        w.WriteString("bodyPreview", e.BodyPreview);
        w.WriteBoolean("isAllDay", e.IsAllDay);
        w.WriteBoolean("isCancelled", e.IsCancelled);
        w.WriteBoolean("isOrganizer", string.Equals(e.Organizer.Address, ownerAddress, StringComparison.OrdinalIgnoreCase));
        w.WriteString("type", "singleInstance");
        w.WriteString("showAs", "busy");
        WriteDateTimeTimeZone(w, "start", e.Start);
        WriteDateTimeTimeZone(w, "end", e.End);
        w.WriteStartObject("location");
        w.WriteString("displayName", e.Location);
        w.WriteEndObject();
        w.WriteStartArray("attendees");
        foreach (var a in e.Attendees)
        {
            w.WriteStartObject();
            w.WriteString("type", a.Type);
            w.WriteStartObject("status");
            w.WriteString("response", a.Response);
            w.WriteString("time", "0001-01-01T00:00:00Z");
            w.WriteEndObject();
            WriteEmailAddress(w, a.EmailAddress);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteRecipient(w, "organizer", e.Organizer);
        w.WriteString("id", e.Id);
        w.WriteEndObject();
    }

    public static void WriteRemoved(Utf8JsonWriter w, string odataType, string id)
    {
        w.WriteStartObject();
        w.WriteString("@odata.type", odataType);
        w.WriteString("id", id);
        w.WriteStartObject("@removed");
        w.WriteString("reason", "deleted");
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void WriteUser(Utf8JsonWriter w, EmulatedUser u)
    {
        w.WriteStartObject();
        w.WriteString("@odata.type", "#microsoft.graph.user");
        w.WriteString("id", u.Id);
        w.WriteString("displayName", u.DisplayName);
        w.WriteString("mail", u.Mail);
        w.WriteString("userPrincipalName", u.Mail);
        WriteNullable(w, "jobTitle", u.JobTitle);
        WriteNullable(w, "companyName", u.CompanyName);
        WriteNullable(w, "department", u.Department);
        w.WriteStartArray("proxyAddresses");
        foreach (var address in u.ProxyAddresses) w.WriteStringValue(address);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteFolder(Utf8JsonWriter w, EmulatedFolder f, Store.Mailbox mailbox)
    {
        var messages = mailbox.Folder(f.Id)?.Live() ?? [];
        w.WriteStartObject();
        w.WriteString("@odata.type", "#microsoft.graph.mailFolder");
        w.WriteString("id", f.Id);
        w.WriteString("displayName", f.DisplayName);
        w.WriteString("parentFolderId", f.ParentFolderId);
        w.WriteNumber("childFolderCount", mailbox.ChildFolders(f.Id, includeHidden: true).Count);
        w.WriteNumber("unreadItemCount", messages.Count(m => !m.IsRead));
        w.WriteNumber("totalItemCount", messages.Count);
        w.WriteBoolean("isHidden", f.IsHidden);
        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    // Graph answers event times as a local dateTime plus a time zone name; we always serve UTC.
    private static void WriteDateTimeTimeZone(Utf8JsonWriter w, string name, DateTimeOffset value)
    {
        w.WriteStartObject(name);
        w.WriteString("dateTime", value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff"));
        w.WriteString("timeZone", "UTC");
        w.WriteEndObject();
    }

    private static void WriteRecipient(Utf8JsonWriter w, string name, EmailAddress address)
    {
        w.WriteStartObject(name);
        WriteEmailAddress(w, address);
        w.WriteEndObject();
    }

    private static void WriteRecipients(Utf8JsonWriter w, string name, IReadOnlyList<EmailAddress> addresses)
    {
        w.WriteStartArray(name);
        foreach (var address in addresses)
        {
            w.WriteStartObject();
            WriteEmailAddress(w, address);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteEmailAddress(Utf8JsonWriter w, EmailAddress address)
    {
        w.WriteStartObject("emailAddress");
        w.WriteString("name", address.Name);
        w.WriteString("address", address.Address);
        w.WriteEndObject();
    }

    // Graph's bodyPreview: the first 255 characters of the body as plain text.
    private static string Preview(EmulatedMessage m)
    {
        var text = m.BodyContentType == "html" ? HtmlText.Strip(m.BodyContent) : m.BodyContent;
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= 255 ? text : text[..255];
    }
}
