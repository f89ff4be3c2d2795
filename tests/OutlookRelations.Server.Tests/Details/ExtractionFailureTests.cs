using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Cleaning;

namespace OutlookRelations.Server.Tests.Details;

public sealed class ExtractionFailureTests
{
    /// <summary>Fails on one message, works on the rest, like a bug that only some mail triggers.</summary>
    private sealed class FailsOnOneMessage : IArtifactExtractor
    {
        private readonly ArtifactExtractor _real = new();

        public IReadOnlyList<Artifact> Extract(AuthoredMessage message) =>
            message.Authored.Contains("BOOM", StringComparison.Ordinal) ? throw new InvalidOperationException("extractor bug") : _real.Extract(message);
    }

    [Fact]
    public async Task A_message_the_engine_cannot_read_is_still_synced_and_the_rest_are_remembered()
    {
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        var me = new OutlookRelations.GraphEmulator.Model.EmailAddress("Ana", ana.User.Mail);
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "bad", MailboxBuilder.Contact(1), me, MailboxBuilder.Start, body: "BOOM. My daughter is ill."));
        ana.Inbox.Upsert(MailboxBuilder.Message(ana, "good", MailboxBuilder.Contact(2), me, MailboxBuilder.Start, body: "My daughter Emma loves chess."));
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        await using var app = new RelationsApp(emulator, services => services.AddSingleton<IArtifactExtractor, FailsOnOneMessage>());
        var owner = (await app.ImportDirectoryAsync()).Single();

        await app.SyncAsync(owner);

        Assert.Equal(2, await app.ReadAsAsync(owner, db => db.Interactions.CountAsync()));
        var remembered = await app.ReadAsAsync(owner, db => db.ContactDetails.Select(d => d.Evidence).ToListAsync());
        Assert.Equal(["My daughter Emma loves chess."], remembered);
    }
}
