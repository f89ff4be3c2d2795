using Microsoft.Graph.Models;

namespace OutlookRelations.Server.Sync;

/// <summary>Graph marks deleted items in a delta page with an "@removed" annotation.</summary>
public static class DeltaItems
{
    public static bool IsRemoved(Entity item) => item.AdditionalData?.ContainsKey("@removed") == true;
}
