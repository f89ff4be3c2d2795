using OutlookRelations.Memory.Extraction;
using OutlookRelations.Server.Mailboxes;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Tests.Mailboxes;

/// <summary>The one place tenant settings and an owner's pause are enforced at ingest.</summary>
public sealed class IngestPolicyTests
{
    private static readonly TenantSettings Settings = new()
    {
        ExcludedDomains = "lawfirm.example",
        ExcludedAddresses = "hr@fabrikam.example",
        DisabledKinds = "pet",
        CollectSensitive = false,
        ReadDeletedItems = false,
    };

    private static OwnerContext Owner(bool paused = false) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "graph-user", "ana@contoso.example", "contoso.example", "Contoso") { Policy = new DataPolicy(Settings), Paused = paused };

    [Fact]
    public async Task A_paused_mailbox_is_refused_before_anyone_asks_Graph_who_is_in_scope()
    {
        // A scope that would throw if asked: pausing must not cost a Graph call.
        var policy = new IngestPolicy(new MailboxScope(null!));

        Assert.Equal(MailboxRefusal.Paused, await policy.RefusalAsync(Owner(paused: true), CancellationToken.None));
    }

    [Fact]
    public async Task A_mailbox_is_read_when_not_paused_and_the_tenant_puts_everyone_in_scope()
    {
        var policy = new IngestPolicy(new MailboxScope(null!));

        Assert.Null(await policy.RefusalAsync(Owner(), CancellationToken.None));
    }

    [Theory]
    [InlineData("bob@customer.example", true)]
    [InlineData("partner@lawfirm.example", false)]
    [InlineData("partner@eu.lawfirm.example", false)]
    [InlineData("HR@fabrikam.example", false)]
    public void Mail_with_anyone_excluded_is_not_collected(string other, bool collected)
    {
        Assert.Equal(collected, IngestPolicy.Collects(Owner(), ["ana@contoso.example", other]));
    }

    [Fact]
    public void Deleted_Items_is_the_only_well_known_folder_the_tenant_can_turn_off()
    {
        var policy = new DataPolicy(Settings);

        Assert.False(IngestPolicy.ReadsFolder(policy, "deleteditems"));
        Assert.True(IngestPolicy.ReadsFolder(policy, "inbox"));
        Assert.True(IngestPolicy.ReadsFolder(DataPolicy.Default, "deleteditems"));
    }

    [Fact]
    public void Details_of_a_disabled_kind_or_sensitive_ones_are_not_remembered()
    {
        Artifact Detail(ArtifactKind kind, bool sensitive) => new("<m@x>", "bob@customer.example", kind, "s", "e", null, 0.9, sensitive);

        Assert.True(IngestPolicy.Remembers(Owner(), Detail(ArtifactKind.Travel, sensitive: false)));
        Assert.False(IngestPolicy.Remembers(Owner(), Detail(ArtifactKind.Pet, sensitive: false)));
        Assert.False(IngestPolicy.Remembers(Owner(), Detail(ArtifactKind.LifeEvent, sensitive: true)));
    }
}
