using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.GraphAccess;
using OutlookRelations.Server.Mailboxes;

namespace OutlookRelations.Server.Notifications;

/// <summary>
/// Keeps one Graph subscription per mailbox for messages and one for events: made when a sync
/// finds them missing, renewed before they expire, and deleted when the mailbox stops being
/// collected. Each has its own random clientState, of which only a hash is stored.
/// </summary>
public sealed class MailboxSubscriptions(
    RelationsDbContext db, TenantGraph graph, IOptions<NotificationOptions> options, TimeProvider time, ILogger<MailboxSubscriptions> logger)
{
    public static readonly string[] Resources = ["messages", "events"];
    private const string ChangeTypes = "created,updated,deleted";

    /// <summary>Creates whichever of the mailbox's subscriptions are missing.</summary>
    public async Task EnsureAsync(OwnerContext owner, CancellationToken ct)
    {
        if (!options.Value.Enabled) return;
        var held = await db.GraphSubscriptions.Where(s => s.OwnerId == owner.OwnerId).Select(s => s.Resource).ToListAsync(ct);
        foreach (var resource in Resources.Except(held)) await CreateAsync(owner, resource, ct);
    }

    private async Task CreateAsync(OwnerContext owner, string resource, CancellationToken ct)
    {
        var clientState = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var client = await graph.ForTenantAsync(owner.TenantId, ct);
        var created = await client.Subscriptions.PostAsync(new Subscription
        {
            ChangeType = ChangeTypes,
            NotificationUrl = options.Value.NotificationUrl().ToString(),
            LifecycleNotificationUrl = options.Value.LifecycleUrl().ToString(),
            Resource = $"users/{owner.GraphUserId}/{resource}",
            ExpirationDateTime = Lifetime(),
            ClientState = clientState,
        }, cancellationToken: ct) ?? throw new InvalidOperationException("Graph returned no subscription.");
        db.GraphSubscriptions.Add(new GraphSubscription
        {
            Id = created.Id!, TenantId = owner.TenantId, OwnerId = owner.OwnerId, Resource = resource,
            ClientStateHash = Hash(clientState), ExpiresAt = created.ExpirationDateTime ?? Lifetime(),
        });
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Subscribed to {Resource} of {Owner} until {Expiry:u}", resource, owner.Email, created.ExpirationDateTime);
    }

    /// <summary>Renews every subscription that expires within Notifications:RenewWithinMinutes.</summary>
    /// <returns>The mailboxes whose subscriptions Graph no longer had: they need a sync (which subscribes again).</returns>
    public async Task<IReadOnlyList<Guid>> RenewDueAsync(CancellationToken ct)
    {
        var horizon = time.GetUtcNow().AddMinutes(options.Value.RenewWithinMinutes);
        var due = await db.GraphSubscriptions.Where(s => s.ExpiresAt < horizon).Select(s => s.Id).ToListAsync(ct);
        var lost = new List<Guid>();
        foreach (var id in due)
        {
            if (await RenewAsync(id, ct) is { } owner) lost.Add(owner);
        }
        return lost;
    }

    /// <summary>Moves one subscription's expiry out (which also reauthorizes it).</summary>
    /// <returns>The mailbox, when Graph no longer had the subscription and the local record was dropped.</returns>
    public async Task<Guid?> RenewAsync(string subscriptionId, CancellationToken ct)
    {
        var subscription = await db.GraphSubscriptions.SingleOrDefaultAsync(s => s.Id == subscriptionId, ct);
        if (subscription is null) return null;
        try
        {
            var client = await graph.ForTenantAsync(subscription.TenantId, ct);
            var renewed = await client.Subscriptions[subscriptionId].PatchAsync(new Subscription { ExpirationDateTime = Lifetime() }, cancellationToken: ct);
            subscription.ExpiresAt = renewed?.ExpirationDateTime ?? Lifetime();
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (ODataError e) when (e.ResponseStatusCode == StatusCodes.Status404NotFound)
        {
            logger.LogWarning("Graph no longer has subscription {Id}; the mailbox's next sync subscribes again", subscriptionId);
            db.GraphSubscriptions.Remove(subscription);
            await db.SaveChangesAsync(ct);
            return subscription.OwnerId;
        }
    }

    /// <summary>Forgets a subscription Graph removed (lifecycle event subscriptionRemoved).</summary>
    public async Task<Guid?> ForgetAsync(string subscriptionId, CancellationToken ct)
    {
        var subscription = await db.GraphSubscriptions.SingleOrDefaultAsync(s => s.Id == subscriptionId, ct);
        if (subscription is null) return null;
        db.GraphSubscriptions.Remove(subscription);
        await db.SaveChangesAsync(ct);
        return subscription.OwnerId;
    }

    /// <summary>
    /// Deletes the mailbox's subscriptions at Graph, then here. A Graph failure is logged and the
    /// local record goes anyway: notifications for a subscription we do not know are ignored.
    /// </summary>
    public async Task DropAsync(Guid ownerId, CancellationToken ct)
    {
        var held = await db.GraphSubscriptions.Where(s => s.OwnerId == ownerId).ToListAsync(ct);
        foreach (var subscription in held)
        {
            try
            {
                var client = await graph.ForTenantAsync(subscription.TenantId, ct);
                await client.Subscriptions[subscription.Id].DeleteAsync(cancellationToken: ct);
            }
            catch (Exception e) when (e is ODataError or HttpRequestException or InvalidOperationException)
            {
                logger.LogWarning("Could not delete subscription {Id} at Graph ({Error}); it will expire on its own", subscription.Id, e.Message);
            }
        }
        db.GraphSubscriptions.RemoveRange(held);
        await db.SaveChangesAsync(ct);
    }

    public static byte[] Hash(string clientState) => SHA256.HashData(Encoding.UTF8.GetBytes(clientState));

    private DateTimeOffset Lifetime() => time.GetUtcNow().AddMinutes(options.Value.LifetimeMinutes);
}
