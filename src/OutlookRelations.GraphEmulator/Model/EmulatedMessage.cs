namespace OutlookRelations.GraphEmulator.Model;

/// <summary>The subset of Graph's message resource the emulator serves.</summary>
public sealed record EmulatedMessage : IEmulatedItem
{
    public required string Id { get; init; }
    public required string InternetMessageId { get; init; }
    public required string ConversationId { get; init; }
    public string Subject { get; init; } = "";
    public required EmailAddress From { get; init; }
    public IReadOnlyList<EmailAddress> To { get; init; } = [];
    public IReadOnlyList<EmailAddress> Cc { get; init; } = [];
    public IReadOnlyList<EmailAddress> Bcc { get; init; } = [];
    public required DateTimeOffset SentDateTime { get; init; }
    public required DateTimeOffset ReceivedDateTime { get; init; }
    /// <summary>"text" or "html", as Graph's itemBody.contentType.</summary>
    public string BodyContentType { get; init; } = "text";
    public string BodyContent { get; init; } = "";
    public bool IsRead { get; init; } = true;
    /// <summary>Graph's webLink; by default an Outlook on the web link built from the id.</summary>
    public string? WebLink { get; init; }
    /// <summary>Bumped on every change so the etag changes as Graph's does.</summary>
    public int ChangeKey { get; init; }
    /// <summary>
    /// The internetMessageHeaders Graph returns when asked: here only those that say a message is list,
    /// bulk or automated mail (List-Id, List-Unsubscribe, List-Post, Precedence, Auto-Submitted).
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];
}
