using OutlookRelations.GraphEmulator.Model;

namespace OutlookRelations.GraphEmulator.Sources;

/// <summary>
/// Who owns a maildir mailbox, and every address they send from (Graph's proxyAddresses). Enron's
/// folders do not say it: the owner is whoever sent most of the Sent Items; their other addresses are
/// the Sent Items senders with the same given name and surname, and the aliases their legacy
/// directory names carry (…/CN=PALLEN gives pallen@enron.com). An assistant who sent from the
/// owner's mailbox has another name, and stays someone else.
/// </summary>
public static class OwnerAddresses
{
    public sealed record Owner(string Name, string Primary, IReadOnlyList<string> Aliases);

    public static Owner Of(IReadOnlyList<(EmulatedMessage Message, RfcMessageReader.Names Names)> sent, string userKey, string tenantDomain)
    {
        var bySender = sent.GroupBy(m => m.Message.From.Address.ToLowerInvariant(), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (bySender.Count == 0) return new Owner(userKey, $"{userKey}@{tenantDomain}", []);
        var top = bySender[0];
        var name = top.Select(m => m.Message.From.Name).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n) && !n.Contains('@')) ?? top.Key;
        var person = ExportNames.Person(name);
        var domain = top.Key[(top.Key.IndexOf('@') + 1)..];

        var mine = bySender.Where(g => g.Key == top.Key || (person is not null && g.Any(m => ExportNames.Person(m.Message.From.Name) == person))).ToList();
        var aliases = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var sender in mine)
        {
            aliases.Add(sender.Key);
            foreach (var alias in sender.Select(m => ExportNames.Alias(m.Names.RawFrom)).OfType<string>()) aliases.Add($"{alias}@{domain}");
        }
        aliases.Remove(top.Key);
        return new Owner(name, top.Key, [.. aliases]);
    }
}
