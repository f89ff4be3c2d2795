using Microsoft.Graph.Models;

namespace OutlookRelations.Server.Sync;

/// <summary>Everyone on a Graph message (sender and every recipient), as addresses with display names.</summary>
public static class GraphMessagePeople
{
    public static IEnumerable<(string Address, string? Name)> Of(Message m) =>
        new[] { m.From ?? m.Sender }.Concat(m.ToRecipients ?? []).Concat(m.CcRecipients ?? []).Concat(m.BccRecipients ?? [])
            .Where(r => r?.EmailAddress?.Address is not null)
            .Select(r => (r!.EmailAddress!.Address!, r.EmailAddress.Name));
}
