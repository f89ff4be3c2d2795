using Microsoft.EntityFrameworkCore;

namespace OutlookRelations.Server.Storage;

/// <summary>
/// The one DbContext. Every owned table carries a query filter on the current
/// <see cref="DataScope"/>, so no query can read another user's or tenant's rows by accident.
/// </summary>
public abstract class RelationsDbContext(DbContextOptions options, DataScope scope) : DbContext(options)
{
    // EF parameterises these per context instance, which is what makes the filters per-user.
    private Guid ScopeTenantId => scope.TenantId;
    private Guid ScopeOwnerId => scope.OwnerId;

    public DbSet<Tenant> Tenants => Set<Tenant>();
    public DbSet<MailboxOwner> Owners => Set<MailboxOwner>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<Interaction> Interactions => Set<Interaction>();
    public DbSet<InteractionParticipant> InteractionParticipants => Set<InteractionParticipant>();
    public DbSet<MessageCopy> MessageCopies => Set<MessageCopy>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<MeetingAttendee> MeetingAttendees => Set<MeetingAttendee>();
    public DbSet<SyncCursor> SyncCursors => Set<SyncCursor>();
    public DbSet<MailFolder> MailFolders => Set<MailFolder>();
    public DbSet<ContactDetail> ContactDetails => Set<ContactDetail>();
    public DbSet<DetailSource> DetailSources => Set<DetailSource>();
    public DbSet<RelationshipFacts> RelationshipFacts => Set<RelationshipFacts>();
    public DbSet<Report> Reports => Set<Report>();
    public DbSet<TenantSettings> TenantSettings => Set<TenantSettings>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<GraphSubscription> GraphSubscriptions => Set<GraphSubscription>();
    public DbSet<DetailRederivation> DetailRederivations => Set<DetailRederivation>();
    public DbSet<SyncRound> SyncRounds => Set<SyncRound>();
    public DbSet<SharedStory> SharedStories => Set<SharedStory>();

    public DataScope Scope => scope;

    // SQLite can neither compare nor order DateTimeOffset stored as text: keep UTC ticks instead.
    // Every time we store is UTC anyway, so nothing is lost.
    protected override void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        conventions.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        conventions.Properties<string>().HaveConversion<NulFreeText>();
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Tenant>().HasIndex(t => t.Domain).IsUnique();
        model.Entity<MailboxOwner>(e =>
        {
            e.HasIndex(o => new { o.TenantId, o.GraphUserId }).IsUnique();
            e.HasIndex(o => new { o.TenantId, o.Email }).IsUnique();
            e.HasOne<Tenant>().WithMany().HasForeignKey(o => o.TenantId);
        });
        model.Entity<Contact>(e =>
        {
            e.HasIndex(c => new { c.OwnerId, c.Email }).IsUnique();
            e.Property(c => c.MessagesByMonth).HasMaxLength(400);
            e.HasIndex(c => new { c.OwnerId, c.StrengthLog });
            // The sidebar's "who you know there": the strongest contacts of one organisation.
            e.HasIndex(c => new { c.OwnerId, c.Organisation, c.StrengthLog });
            Owned(e);
        });
        model.Entity<Interaction>(e =>
        {
            e.HasIndex(i => new { i.OwnerId, i.InternetMessageId }).IsUnique();
            e.HasIndex(i => new { i.OwnerId, i.ConversationId });
            e.HasMany(i => i.Participants).WithOne(p => p.Interaction).HasForeignKey(p => p.InteractionId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(i => i.Copies).WithOne().HasForeignKey(c => c.InteractionId).OnDelete(DeleteBehavior.Cascade);
            Owned(e);
        });
        model.Entity<InteractionParticipant>(e =>
        {
            e.HasKey(p => new { p.InteractionId, p.ContactId, p.Role });
            e.HasIndex(p => new { p.ContactId, p.InteractionId });
            // Covering for a contact's latest messages (the sidebar reads them for every recipient):
            // the index alone answers, without a second lookup in the table for each row.
            e.HasIndex(p => new { p.ContactId, p.SentAt, p.InteractionId, p.Role });
            e.HasOne(p => p.Contact).WithMany().HasForeignKey(p => p.ContactId).OnDelete(DeleteBehavior.Cascade);
            Owned(e);
        });
        model.Entity<MessageCopy>(e =>
        {
            e.HasKey(c => new { c.OwnerId, c.GraphId });
            e.HasIndex(c => c.InteractionId);
            Owned(e);
        });
        model.Entity<Meeting>(e =>
        {
            e.HasIndex(m => new { m.OwnerId, m.GraphId }).IsUnique();
            e.HasMany(m => m.Attendees).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
            Owned(e);
        });
        model.Entity<MeetingAttendee>(e =>
        {
            e.HasKey(a => new { a.MeetingId, a.ContactId });
            e.HasIndex(a => a.ContactId);
            e.HasOne(a => a.Contact).WithMany().HasForeignKey(a => a.ContactId).OnDelete(DeleteBehavior.Cascade);
            Owned(e);
        });
        model.Entity<ContactDetail>(e =>
        {
            e.HasIndex(d => new { d.OwnerId, d.ContactId, d.Status });
            // The sidebar's company news: one owner's newest details of one kind, without reading the rest.
            e.HasIndex(d => new { d.OwnerId, d.Kind, d.LastMentionedAt });
            e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(d => d.Summary).HasMaxLength(ContactDetail.MaxSummary);
            e.Property(d => d.Evidence).HasMaxLength(ContactDetail.MaxEvidence);
            e.Property(d => d.ExtractorVersion).HasMaxLength(ContactDetail.MaxExtractorVersion);
            e.HasOne(d => d.Contact).WithMany().HasForeignKey(d => d.ContactId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(d => d.Sources).WithOne().HasForeignKey(s => s.DetailId).OnDelete(DeleteBehavior.Cascade);
            Owned(e);
        });
        model.Entity<DetailSource>(e =>
        {
            e.HasKey(s => new { s.DetailId, s.InternetMessageId });
            e.HasIndex(s => new { s.OwnerId, s.InternetMessageId });
            Owned(e);
        });
        model.Entity<RelationshipFacts>(e =>
        {
            e.HasKey(f => new { f.OwnerId, f.ContactId });
            e.HasOne<Contact>().WithMany().HasForeignKey(f => f.ContactId).OnDelete(DeleteBehavior.Cascade);
            Owned(e);
        });
        model.Entity<TenantSettings>(e =>
        {
            e.HasKey(t => t.TenantId);
            e.HasOne<Tenant>().WithOne().HasForeignKey<TenantSettings>(t => t.TenantId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<AuditEntry>(e =>
        {
            e.HasKey(a => a.Id);
            e.HasIndex(a => new { a.TenantId, a.At });
        });
        model.Entity<Report>(e =>
        {
            e.HasKey(r => r.Id);
            e.HasIndex(r => new { r.OwnerId, r.CreatedAt });
            e.HasIndex(r => r.ExpiresAt);
            Owned(e);
        });
        model.Entity<GraphSubscription>(e =>
        {
            e.HasKey(s => s.Id);
            e.HasIndex(s => new { s.OwnerId, s.Resource }).IsUnique();
            e.HasIndex(s => s.ExpiresAt);
            e.HasOne<MailboxOwner>().WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<MailboxOwner>().Property(o => o.DetailsExtractorVersion).HasMaxLength(ContactDetail.MaxExtractorVersion);
        model.Entity<DetailRederivation>(e =>
        {
            e.HasKey(r => r.OwnerId);
            e.Property(r => r.TargetVersion).HasMaxLength(ContactDetail.MaxExtractorVersion);
            Owned(e);
        });
        model.Entity<SyncCursor>(e =>
        {
            e.HasKey(c => new { c.OwnerId, c.Stream });
            Owned(e);
        });
        model.Entity<MailFolder>(e =>
        {
            e.HasKey(f => new { f.OwnerId, f.GraphId });
            e.Property(f => f.WellKnownName).HasMaxLength(40);
            Owned(e);
        });
        model.Entity<SyncRound>(e =>
        {
            e.HasKey(r => r.Id);
            // A mailbox's latest round, and the admins' view of a tenant's last day.
            e.HasIndex(r => new { r.OwnerId, r.Id });
            e.HasIndex(r => new { r.TenantId, r.FinishedAt });
            e.Property(r => r.Error).HasMaxLength(SyncRound.MaxError);
            Owned(e);
        });
        model.Entity<SharedStory>(e =>
        {
            e.HasKey(s => s.Id);
            // One story per detail: sharing twice is the same story.
            e.HasIndex(s => new { s.OwnerId, s.DetailId }).IsUnique();
            e.Property(s => s.Note).HasMaxLength(SharedStory.MaxNote);
            e.HasOne(s => s.Detail).WithMany().HasForeignKey(s => s.DetailId).OnDelete(DeleteBehavior.Cascade);
            Owned(e);
        });
        // Sync purges what no folder holds any more once a mailbox has been read.
        model.Entity<MessageCopy>().HasIndex(c => new { c.OwnerId, c.PendingRemoval });
    }

    private void Owned<T>(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> entity) where T : class, IOwnedRow
    {
        entity.HasQueryFilter(row => row.TenantId == ScopeTenantId && row.OwnerId == ScopeOwnerId);
        entity.HasOne<MailboxOwner>().WithMany().HasForeignKey(row => row.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
