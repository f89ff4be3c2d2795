using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using OutlookRelations.GraphEmulator.Store;

namespace OutlookRelations.GraphEmulator.Notifications;

/// <summary>Notification bodies shaped like Graph's documented payloads (graph-samples 07 and 08).</summary>
internal static class NotificationJson
{
    public static string Change(EmulatedSubscription subscription, string tenantId, MailboxChange change) => Write(w =>
    {
        var entity = change.Resource == "messages" ? "Message" : "Event";
        var path = $"Users/{subscription.UserId}/{entity}s/{change.ItemId}";
        Common(w, subscription, tenantId);
        w.WriteString("id", Guid.NewGuid().ToString("N"));
        w.WriteString("changeType", change.Kind.ToString().ToLowerInvariant());
        w.WriteString("resource", path);
        w.WriteStartObject("resourceData");
        w.WriteString("@odata.type", $"#Microsoft.Graph.{entity}");
        w.WriteString("@odata.id", path);
        w.WriteString("id", change.ItemId);
        w.WriteEndObject();
    });

    public static string Lifecycle(EmulatedSubscription subscription, string tenantId, string lifecycleEvent) => Write(w =>
    {
        Common(w, subscription, tenantId);
        w.WriteString("lifecycleEvent", lifecycleEvent);
    });

    private static void Common(Utf8JsonWriter w, EmulatedSubscription subscription, string tenantId)
    {
        w.WriteString("subscriptionId", subscription.Id);
        w.WriteString("subscriptionExpirationDateTime", subscription.ExpiresAt.UtcDateTime.ToString("o", CultureInfo.InvariantCulture));
        w.WriteString("tenantId", tenantId);
        if (subscription.ClientState is { } state) w.WriteString("clientState", state);
    }

    private static string Write(Action<Utf8JsonWriter> item)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteStartArray("value");
            w.WriteStartObject();
            item(w);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
