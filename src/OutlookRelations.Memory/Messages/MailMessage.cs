namespace OutlookRelations.Memory.Messages;

/// <summary>A person on a message: lower-case address and display name (possibly empty).</summary>
public sealed record Participant(string Address, string Name);

/// <summary>
/// What the memory engine reads of one message. <see cref="Body"/> is the raw body (text, or HTML
/// when <see cref="BodyIsHtml"/>); callers keep it only as long as extraction runs.
/// </summary>
public sealed record MailMessage(
    string MessageId,
    Participant From,
    IReadOnlyList<Participant> To,
    IReadOnlyList<Participant> Cc,
    DateTimeOffset SentAt,
    string Subject,
    string Body,
    bool BodyIsHtml)
{
    public IReadOnlyList<Participant> Bcc { get; init; } = [];

    /// <summary>
    /// The few headers that say a message is list or bulk mail (List-Id, List-Unsubscribe,
    /// Precedence, Auto-Submitted), by lower-case name; empty when the source did not give them.
    /// </summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
