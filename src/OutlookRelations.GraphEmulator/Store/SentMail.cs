namespace OutlookRelations.GraphEmulator.Store;

/// <summary>One message a client sent through POST /users/{id}/sendMail, kept for tests to read.</summary>
public sealed record SentMail(
    string From, IReadOnlyList<string> To, string Subject, string ContentType, string Body, bool SavedToSentItems, DateTimeOffset At);

/// <summary>Everything sent through the emulator, oldest first (thread-safe).</summary>
public sealed class SentMailLog
{
    private readonly List<SentMail> _sent = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<SentMail> All
    {
        get { lock (_gate) return [.. _sent]; }
    }

    public void Add(SentMail mail)
    {
        lock (_gate) _sent.Add(mail);
    }
}
