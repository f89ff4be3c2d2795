using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Threading.Channels;
using OutlookRelations.GraphEmulator.Store;

namespace OutlookRelations.GraphEmulator.Notifications;

/// <summary>What the emulator delivered (or failed to) to a subscriber, for tests to inspect.</summary>
public sealed record Delivery(string SubscriptionId, string What, Uri Url, int StatusCode, int Attempts);

/// <summary>
/// Graph's side of change notifications: watches every mailbox, and for each live subscription that
/// matches a change POSTs a notification to its notificationUrl from a background loop, as Graph
/// does (never on the thread that made the change). A subscriber that keeps failing gets a
/// <c>missed</c> lifecycle event instead, if it asked for lifecycle notifications.
/// </summary>
public sealed class NotificationDispatcher : IAsyncDisposable
{
    private static readonly TimeSpan[] RetryDelays = [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1)];
    private readonly EmulatorStore _store;
    private readonly HttpClient _http;
    private readonly Channel<Outgoing> _queue = Channel.CreateUnbounded<Outgoing>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentQueue<Delivery> _deliveries = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private sealed record Outgoing(EmulatedSubscription Subscription, Uri Url, string What, string Body);

    public NotificationDispatcher(EmulatorStore store)
    {
        _store = store;
        _http = new HttpClient(SubscriberHandler.Create()) { Timeout = TimeSpan.FromSeconds(10) };
        store.MailboxChanged += OnChanged;
        _loop = Task.Run(DeliverAllAsync);
    }

    public IReadOnlyList<Delivery> Deliveries => [.. _deliveries];

    /// <summary>Sends a lifecycle event now; subscriptionRemoved also ends the subscription, as Graph does.</summary>
    public void SendLifecycle(string subscriptionId, string lifecycleEvent)
    {
        var subscription = _store.Subscriptions.Find(subscriptionId) ?? throw new KeyNotFoundException($"No subscription {subscriptionId}.");
        if (subscription.LifecycleUrl is null) throw new InvalidOperationException($"Subscription {subscriptionId} has no lifecycleNotificationUrl.");
        if (lifecycleEvent == "subscriptionRemoved") _store.Subscriptions.Remove(subscriptionId);
        Enqueue(subscription, subscription.LifecycleUrl, lifecycleEvent, NotificationJson.Lifecycle(subscription, _store.TenantId, lifecycleEvent));
    }

    /// <summary>
    /// The validation handshake Graph runs before it accepts a notification or lifecycle URL: the
    /// subscriber must echo the token, as text/plain, with 200, within 10 seconds.
    /// </summary>
    public async Task<bool> ValidateAsync(Uri url, CancellationToken ct)
    {
        var token = $"Validation: Testing client application reachability for subscription Request-Id: {Guid.NewGuid()}";
        var separator = string.IsNullOrEmpty(url.Query) ? "?" : "&";
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{url}{separator}validationToken={Uri.EscapeDataString(token)}")
        {
            Content = new StringContent("", Encoding.UTF8, "text/plain"),
        };
        try
        {
            using var response = await _http.SendAsync(request, ct);
            return response.StatusCode == HttpStatusCode.OK && await response.Content.ReadAsStringAsync(ct) == token;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private void OnChanged(Mailbox mailbox, MailboxChange change)
    {
        foreach (var subscription in _store.Subscriptions.Matching(mailbox.User.Id, change, _store.Clock.GetUtcNow()))
            Enqueue(subscription, subscription.NotificationUrl, change.Kind.ToString().ToLowerInvariant(),
                NotificationJson.Change(subscription, _store.TenantId, change));
    }

    private void Enqueue(EmulatedSubscription subscription, Uri url, string what, string body) =>
        _queue.Writer.TryWrite(new Outgoing(subscription, url, what, body));

    private async Task DeliverAllAsync()
    {
        try
        {
            await foreach (var outgoing in _queue.Reader.ReadAllAsync(_stop.Token))
            {
                var (status, attempts) = await DeliverAsync(outgoing);
                _deliveries.Enqueue(new Delivery(outgoing.Subscription.Id, outgoing.What, outgoing.Url, status, attempts));
                var failed = status is < 200 or > 299;
                if (failed && outgoing.Url == outgoing.Subscription.NotificationUrl && outgoing.Subscription.LifecycleUrl is { } lifecycle)
                    Enqueue(outgoing.Subscription, lifecycle, "missed", NotificationJson.Lifecycle(outgoing.Subscription, _store.TenantId, "missed"));
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
    }

    private async Task<(int Status, int Attempts)> DeliverAsync(Outgoing outgoing)
    {
        var status = 0;
        for (var attempt = 0; attempt <= RetryDelays.Length; attempt++)
        {
            if (attempt > 0) await Task.Delay(RetryDelays[attempt - 1], _stop.Token);
            try
            {
                using var content = new StringContent(outgoing.Body, Encoding.UTF8, "application/json");
                using var response = await _http.PostAsync(outgoing.Url, content, _stop.Token);
                status = (int)response.StatusCode;
                if (response.IsSuccessStatusCode) return (status, attempt + 1);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !_stop.IsCancellationRequested)
            {
                status = 0;
            }
        }
        return (status, RetryDelays.Length + 1);
    }

    public async ValueTask DisposeAsync()
    {
        _store.MailboxChanged -= OnChanged;
        _queue.Writer.TryComplete();
        await _stop.CancelAsync();
        try { await _loop; } catch (OperationCanceledException) { }
        _http.Dispose();
        _stop.Dispose();
    }
}
