using System.Text.Json;
using OutlookRelations.GraphEmulator.Store;

namespace OutlookRelations.GraphEmulator.Http;

/// <summary>A subscription resource as Graph returns it.</summary>
internal static class SubscriptionJson
{
    public static void Write(Utf8JsonWriter w, EmulatedSubscription s)
    {
        w.WriteStartObject();
        w.WriteString("@odata.type", "#microsoft.graph.subscription");
        w.WriteString("id", s.Id);
        w.WriteString("resource", s.ResourcePath);
        w.WriteString("changeType", s.ChangeTypeText);
        if (s.ClientState is { } state) w.WriteString("clientState", state);
        w.WriteString("notificationUrl", s.NotificationUrl.ToString());
        if (s.LifecycleUrl is { } lifecycle) w.WriteString("lifecycleNotificationUrl", lifecycle.ToString());
        w.WriteString("expirationDateTime", s.ExpiresAt.UtcDateTime);
        w.WriteString("latestSupportedTlsVersion", "v1_2");
        w.WriteEndObject();
    }
}
