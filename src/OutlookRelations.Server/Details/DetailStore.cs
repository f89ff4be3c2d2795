using Microsoft.EntityFrameworkCore;
using OutlookRelations.Memory.Cleaning;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Messages;
using OutlookRelations.Memory.Remembering;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Mailboxes;

namespace OutlookRelations.Server.Details;

/// <summary>
/// Runs the memory engine on each message the first time sync stores it, and merges what it finds
/// into each contact's memory. Only the evidence sentence is kept; the body is dropped here.
/// </summary>
public sealed class DetailStore(RelationsDbContext db, IArtifactExtractor extractor, TimeProvider time, ILogger<DetailStore> logger)
{
    /// <param name="messages">Newly stored messages with their bodies, and Graph's webLink for each.</param>
    /// <param name="readAhead">What the engine already found in these messages, by internetMessageId (see MemoryHook.PrepareAsync); the rest are read here.</param>
    public Task RememberAsync(OwnerContext owner, IReadOnlyList<(AuthoredMessage Read, string? WebLink)> messages, IReadOnlyDictionary<string, Contact> contacts,
        IReadOnlyDictionary<string, IReadOnlyList<Artifact>>? readAhead, CancellationToken ct) =>
        RememberAsync(owner, messages, contacts, rereading: false, readAhead, ct);

    /// <summary>
    /// Remembers from messages read before, by an older engine (see MailRederivation): what a person
    /// confirmed, corrected, dismissed or wrote is left exactly as it is, even when the engine finds it again.
    /// </summary>
    public Task RememberAgainAsync(OwnerContext owner, IReadOnlyList<(AuthoredMessage Read, string? WebLink)> messages, IReadOnlyDictionary<string, Contact> contacts, CancellationToken ct) =>
        RememberAsync(owner, messages, contacts, rereading: true, readAhead: null, ct);

    /// <summary>
    /// Deletes what an older engine found in mail sent since <paramref name="since"/>, up to the given
    /// interaction, before that mail is read again: machine details only (active or superseded, never
    /// touched by a person). Returns the contacts whose details changed.
    /// </summary>
    public async Task<List<long>> ForgetOlderEngineAsync(string version, DateTimeOffset since, long upToInteractionId, CancellationToken ct)
    {
        var reread = db.Interactions.Where(i => i.SentAt >= since && i.Id <= upToInteractionId).Select(i => i.InternetMessageId);
        var going = db.ContactDetails.Where(d => d.Origin == DetailOrigin.Extracted
            && (d.Status == DetailStatus.Active || d.Status == DetailStatus.Superseded)
            && (d.ExtractorVersion == null || d.ExtractorVersion != version)
            && db.DetailSources.Any(s => s.DetailId == d.Id && reread.Contains(s.InternetMessageId)));
        var contacts = await going.Select(d => d.ContactId).Distinct().ToListAsync(ct);
        await going.ExecuteDeleteAsync(ct);
        return contacts;
    }

    private async Task RememberAsync(OwnerContext owner, IReadOnlyList<(AuthoredMessage Read, string? WebLink)> messages, IReadOnlyDictionary<string, Contact> contacts, bool rereading,
        IReadOnlyDictionary<string, IReadOnlyList<Artifact>>? readAhead, CancellationToken ct)
    {
        var memory = new Dictionary<long, List<ContactDetail>>();
        foreach (var (read, webLink) in messages)
        {
            var mail = read.Message;
            var found = readAhead is not null && readAhead.TryGetValue(mail.MessageId, out var ahead) ? ahead : Extract(read);
            foreach (var artifact in found.Where(a => IngestPolicy.Remembers(owner, a)))
            {
                foreach (var (contact, ownersPromise) in Targets(owner, mail, artifact, contacts))
                {
                    if (!memory.TryGetValue(contact.Id, out var known))
                    {
                        known = await db.ContactDetails.Include(d => d.Sources).Where(d => d.ContactId == contact.Id && d.Kind != null).ToListAsync(ct);
                        memory[contact.Id] = known;
                    }
                    Remember(owner, contact, known, artifact, mail.SentAt, webLink, ownersPromise, rereading);
                }
            }
        }
    }

    /// <summary>
    /// The engine's reading of one message, which needs no database (so sync does it ahead, on another
    /// thread). One odd message must not stop a mailbox from syncing: it is stored, just not remembered from.
    /// </summary>
    public IReadOnlyList<Artifact> Extract(AuthoredMessage read)
    {
        try
        {
            return extractor.Extract(read);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not extract details from message {MessageId}; it is stored without them", read.Message.MessageId);
            return [];
        }
    }

    /// <summary>Forgets what deleted messages alone taught; confirmed and dismissed details stay.</summary>
    public async Task ForgetAsync(IReadOnlyCollection<string> internetMessageIds, CancellationToken ct)
    {
        if (internetMessageIds.Count == 0) return;
        var ids = internetMessageIds.ToList();
        var affected = await db.DetailSources.Where(s => ids.Contains(s.InternetMessageId)).Select(s => s.DetailId).Distinct().ToListAsync(ct);
        var dismissed = await db.ContactDetails.Where(d => affected.Contains(d.Id) && d.Status == DetailStatus.Dismissed).Select(d => d.Id).ToListAsync(ct);
        await db.DetailSources.Where(s => ids.Contains(s.InternetMessageId) && !dismissed.Contains(s.DetailId)).ExecuteDeleteAsync(ct);
        await db.ContactDetails
            .Where(d => affected.Contains(d.Id) && d.Origin == DetailOrigin.Extracted && d.Status != DetailStatus.Confirmed
                && d.Status != DetailStatus.Dismissed && !db.DetailSources.Any(s => s.DetailId == d.Id))
            .ExecuteDeleteAsync(ct);
    }

    // A detail about a contact belongs to that contact. The owner's own details are not kept,
    // except promises: "I'll send you the plans" is an open loop with each person it was made to.
    private static IEnumerable<(Contact Contact, bool OwnersPromise)> Targets(OwnerContext owner, MailMessage mail, Artifact artifact, IReadOnlyDictionary<string, Contact> contacts)
    {
        if (artifact.About != owner.Email)
        {
            if (contacts.TryGetValue(artifact.About, out var contact)) yield return (contact, false);
            yield break;
        }
        if (artifact.Kind != ArtifactKind.Commitment || mail.From.Address != owner.Email) yield break;
        foreach (var to in mail.To)
        {
            if (contacts.TryGetValue(to.Address, out var recipient)) yield return (recipient, true);
        }
    }

    private void Remember(OwnerContext owner, Contact contact, List<ContactDetail> known, Artifact artifact, DateTimeOffset sentAt, string? webLink, bool ownersPromise, bool rereading)
    {
        var candidates = known.Where(d => d.IsOwnersPromise == ownersPromise).ToList();
        // A dismissed detail keeps its sources so that its message never teaches it again, however
        // differently a newer engine words it.
        if (candidates.Any(d => d.Status == DetailStatus.Dismissed && d.Kind == artifact.Kind && d.Sources.Any(s => s.InternetMessageId == artifact.MessageId))) return;
        // Mail read again is not news: it must not strengthen, reword or re-date what a person vouched for.
        if (rereading && candidates.Any(d => d.IsTouchedByPerson && MemoryMerge.IsSameDetail(d, artifact))) return;
        var (outcome, match) = MemoryMerge.Merge(candidates, artifact, sentAt);
        if (match is ContactDetail existing)
        {
            if (existing.Sources.All(s => s.InternetMessageId != artifact.MessageId))
                existing.Sources.Add(new DetailSource { TenantId = owner.TenantId, OwnerId = owner.OwnerId, InternetMessageId = artifact.MessageId });
            if (outcome == MergeOutcome.Strengthened && existing.SourceMessageId == artifact.MessageId) existing.SourceWebLink = webLink;
            existing.UpdatedAt = time.GetUtcNow();
            return;
        }
        var detail = new ContactDetail
        {
            TenantId = owner.TenantId,
            OwnerId = owner.OwnerId,
            ContactId = contact.Id,
            Kind = artifact.Kind,
            IsOwnersPromise = ownersPromise,
            Summary = Cut(artifact.Summary, ContactDetail.MaxSummary),
            Evidence = Cut(artifact.Evidence, ContactDetail.MaxEvidence),
            Date = artifact.Date,
            Confidence = artifact.Confidence,
            Sensitive = artifact.Sensitive,
            FirstMentionedAt = sentAt,
            LastMentionedAt = sentAt,
            SourceMessageId = artifact.MessageId,
            SourceWebLink = webLink,
            ExtractorVersion = ExtractorVersion.Current,
            UpdatedAt = time.GetUtcNow(),
            Sources = [new DetailSource { TenantId = owner.TenantId, OwnerId = owner.OwnerId, InternetMessageId = artifact.MessageId }],
        };
        db.ContactDetails.Add(detail);
        known.Add(detail);
        MemoryMerge.Supersede(candidates, detail);
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
