namespace OutlookRelations.GraphEmulator.Store;

/// <summary>A change-notification subscription on one user's messages or events.</summary>
public sealed record EmulatedSubscription(
    string Id,
    string UserId,
    string Resource,
    string ResourcePath,
    IReadOnlySet<ChangeKind> ChangeTypes,
    Uri NotificationUrl,
    Uri? LifecycleUrl,
    string? ClientState,
    DateTimeOffset ExpiresAt)
{
    public string ChangeTypeText => string.Join(',', ChangeTypes.Order().Select(k => k.ToString().ToLowerInvariant()));
}

/// <summary>The subscriptions Graph holds for the emulated tenant.</summary>
public sealed class SubscriptionRegistry
{
    /// <summary>Graph's ceiling for message and event subscriptions (7 days).</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(10080);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, EmulatedSubscription> _byId = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<EmulatedSubscription> All
    {
        get { lock (_gate) return [.. _byId.Values]; }
    }

    public void Add(EmulatedSubscription subscription)
    {
        lock (_gate) _byId.Add(subscription.Id, subscription);
    }

    public EmulatedSubscription? Find(string id)
    {
        lock (_gate) return _byId.GetValueOrDefault(id);
    }

    public EmulatedSubscription? Renew(string id, DateTimeOffset expiresAt)
    {
        lock (_gate)
        {
            if (!_byId.TryGetValue(id, out var old)) return null;
            return _byId[id] = old with { ExpiresAt = expiresAt };
        }
    }

    public bool Remove(string id)
    {
        lock (_gate) return _byId.Remove(id);
    }

    /// <summary>Live subscriptions that want to hear about this change.</summary>
    public IReadOnlyList<EmulatedSubscription> Matching(string userId, MailboxChange change, DateTimeOffset now)
    {
        lock (_gate)
        {
            return [.. _byId.Values.Where(s =>
                s.UserId.Equals(userId, StringComparison.OrdinalIgnoreCase) && s.Resource == change.Resource
                && s.ChangeTypes.Contains(change.Kind) && s.ExpiresAt > now)];
        }
    }
}
