using Hangfire;
using Microsoft.Extensions.Time.Testing;
using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.Memory.Extraction;
using OutlookRelations.Memory.Remembering;
using OutlookRelations.Server.Details;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Sync;

namespace OutlookRelations.Server.Tests.Sync;

/// <summary>
/// An upgraded memory engine reads recent mail again through Graph and replaces what the older one
/// found, leaving whatever a person confirmed, corrected, dismissed or wrote exactly as it was.
/// </summary>
public sealed class RederivationTests : IAsyncLifetime
{
    private const string Ana = "ana@fabrikam.example";
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly EmailAddress Carla = new("Carla Reyes", "carla.reyes@adventure-works.example");
    private static readonly EmailAddress AnaMe = new("Ana", Ana);

    private EmulatorStore _store = null!;
    private Mailbox _ana = null!;
    private GraphEmulatorServer _emulator = null!;
    private RelationsApp _app = null!;
    private MailboxOwner _owner = null!;

    public async Task InitializeAsync()
    {
        _store = new EmulatorStore();
        _ana = MailboxBuilder.AddUser(_store, "ana");
        _ana.Inbox.Upsert(MailboxBuilder.Message(_ana, "c1", Carla, AnaMe, Now.AddDays(-10), "Pilot", body:
            "Hi Ana,\n\nMy daughter Emma loves the robotics club.\nMy birthday is on March 4, so I'm out that day.\n\nThanks,\nCarla"));
        _ana.SentItems.Upsert(MailboxBuilder.Message(_ana, "a1", AnaMe, Carla, Now.AddDays(-2), "RE: Pilot", body:
            "Hi Carla,\n\nI'll send you the revised proposal tomorrow.\n\nBest,\nAna"));
        // Many small messages, each teaching one promise to one person, for the resume test.
        for (var i = 0; i < 12; i++)
            _ana.SentItems.Upsert(MailboxBuilder.Message(_ana, $"p{i}", AnaMe, MailboxBuilder.Contact(i), Now.AddDays(-30 + i), $"Contract {i}", body:
                $"Hi,\n\nI'll send you the signed contract for lot {i} tomorrow.\n\nBest,\nAna"));
        _emulator = await GraphEmulatorServer.StartAsync(_store);
        _app = new RelationsApp(_emulator, s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)),
            new Dictionary<string, string?> { ["Memory:RederiveBatchSize"] = "5" });
        _owner = (await _app.ImportDirectoryAsync()).Single();
        await _app.SyncAsync(_owner);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task A_first_sync_records_the_current_engine_and_a_mailbox_from_an_older_one_is_queued_on_its_next_sync()
    {
        Assert.Equal(ExtractorVersion.Current, await VersionAsync());
        Assert.All(await DetailsAsync(), d => Assert.Equal(ExtractorVersion.Current, d.ExtractorVersion));
        Assert.Empty(QueuedRederivations());

        await SimulateOlderEngineAsync();
        await _app.SyncAsync(_owner);

        Assert.Single(QueuedRederivations());
    }

    [Fact]
    public async Task Rederiving_replaces_old_machine_details_and_keeps_what_a_person_confirmed_dismissed_or_wrote()
    {
        var client = _app.ClientAs(Ana);
        var before = await DetailsAsync();
        var birthday = before.Single(d => d.Kind == ArtifactKind.Birthday);
        var family = before.Single(d => d.Kind == ArtifactKind.Family);
        var promise = before.Single(d => d.Kind == ArtifactKind.Commitment && d.ContactId == birthday.ContactId);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/details/{birthday.Id}/confirm", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/details/{family.Id}/dismiss", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/contacts/{Carla.Address}/details", new { text = "Prefers tea", kind = "preference" })).StatusCode);
        await SimulateOlderEngineAsync();
        // The old engine worded it differently, so only its source message can keep it from coming back.
        await _app.ReadAsAsync(_owner, db => db.ContactDetails.Where(d => d.Id == family.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.Summary, "Has a kid")));
        var wrong = await AddWrongOldDetailAsync(birthday.ContactId, family.SourceMessageId);
        var kept = (await DetailsAsync()).Where(d => d.IsTouchedByPerson).Select(Describe).ToList();

        await RunJobAsync();

        var after = await DetailsAsync();
        Assert.DoesNotContain(after, d => d.Id == wrong);
        Assert.Equal(kept, after.Where(d => d.IsTouchedByPerson).Select(Describe).ToList());
        Assert.Equal(DetailStatus.Dismissed, after.Single(d => d.Id == family.Id).Status);
        Assert.DoesNotContain(after, d => d.Kind == ArtifactKind.Family && d.Status != DetailStatus.Dismissed);
        Assert.DoesNotContain(after, d => d.Kind == ArtifactKind.Birthday && d.Id != birthday.Id);
        // The old engine's promise is gone, and the new engine's finding stands in its place.
        Assert.DoesNotContain(after, d => d.Id == promise.Id);
        var again = after.Single(d => d.Kind == ArtifactKind.Commitment && d.ContactId == birthday.ContactId);
        Assert.Equal((promise.Summary, promise.SourceMessageId, ExtractorVersion.Current), (again.Summary, again.SourceMessageId, again.ExtractorVersion));
        Assert.All(after.Where(d => !d.IsTouchedByPerson), d => Assert.Equal(ExtractorVersion.Current, d.ExtractorVersion));
        Assert.Equal(13, after.Count(d => d.Kind == ArtifactKind.Commitment));
        Assert.Equal(ExtractorVersion.Current, await VersionAsync());
        Assert.Equal(0, await _app.ReadAsAsync(_owner, db => db.DetailRederivations.CountAsync()));

        // Once current, running it again reads nothing and changes nothing.
        var requests = _emulator.Faults.RequestCount;
        await RunJobAsync();
        Assert.Equal(after.Select(Describe), (await DetailsAsync()).Select(Describe));
        Assert.Equal(requests, _emulator.Faults.RequestCount);
    }

    [Fact]
    public async Task Rederiving_resumes_after_a_crash_without_duplicating_or_losing_details_and_shows_its_progress()
    {
        var expected = (await DetailsAsync()).Select(Learnt).Order(StringComparer.Ordinal).ToList();
        await SimulateOlderEngineAsync();
        // Graph throttles some of the reads by id; the same retries as sync's carry them through.
        var throttle = _emulator.Faults.Add(FaultRule.Throttle(times: 2, retryAfterSeconds: 1, pathContains: "/messages/"));

        await Assert.ThrowsAsync<SimulatedCrashException>(() => RunJobAsync(crashAfterBatches: 1));
        var status = await _app.ClientAs(Ana).GetFromJsonAsync<JsonElement>("/api/sync/status");
        var progress = status.GetProperty("rederive");
        Assert.Equal(5, progress.GetProperty("done").GetInt32());
        Assert.Equal(14, progress.GetProperty("total").GetInt32());
        Assert.Equal("Re-reading mail for the new memory engine: 5 of 14", progress.GetProperty("message").GetString());

        var requestsBefore = _emulator.Faults.RequestCount;
        await RunJobAsync();

        Assert.Equal(2, throttle.Fired);
        Assert.Equal(expected, (await DetailsAsync()).Select(Learnt).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(ExtractorVersion.Current, await VersionAsync());
        // Only the 9 messages not done before the crash were read again (plus the scope check).
        Assert.InRange(_emulator.Faults.RequestCount - requestsBefore, 9, 10);
        var done = await _app.ClientAs(Ana).GetFromJsonAsync<JsonElement>("/api/sync/status");
        Assert.Equal(JsonValueKind.Null, done.GetProperty("rederive").ValueKind);
    }

    [Fact]
    public async Task A_detail_its_person_shared_as_a_story_is_theirs_and_survives_the_new_engine_once_without_a_duplicate()
    {
        var client = _app.ClientAs(Ana);
        var family = (await DetailsAsync()).Single(d => d.Kind == ArtifactKind.Family);
        var shared = await client.PostAsJsonAsync("/api/stories", new { detailId = family.Id, note = "She told me at the pilot" });
        Assert.Equal(HttpStatusCode.Created, shared.StatusCode);
        await SimulateOlderEngineAsync();

        await RunJobAsync();

        var stories = await client.GetFromJsonAsync<JsonElement>("/api/stories");
        var story = Assert.Single(stories.EnumerateArray());
        Assert.Equal(family.Id, story.GetProperty("detailId").GetInt64());
        Assert.Equal("She told me at the pilot", story.GetProperty("note").GetString());
        Assert.Equal(family.Id, Assert.Single(await DetailsAsync(), d => d.Kind == ArtifactKind.Family).Id);
    }

    [Fact]
    public async Task A_paused_mailbox_is_not_read_again()
    {
        await SimulateOlderEngineAsync();
        await _app.ReadAsAsync(_owner, db => db.Owners.Where(o => o.Id == _owner.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.CollectionPaused, true)));
        var requests = _emulator.Faults.RequestCount;

        await RunJobAsync();

        Assert.Equal(requests, _emulator.Faults.RequestCount);
        Assert.Null(await VersionAsync());
        Assert.All(await DetailsAsync(), d => Assert.Null(d.ExtractorVersion));
    }

    // What an upgraded server finds: details and the mailbox from before versions were recorded.
    private Task SimulateOlderEngineAsync() => _app.ReadAsAsync(_owner, async db =>
    {
        await db.ContactDetails.Where(d => d.Origin == DetailOrigin.Extracted).ExecuteUpdateAsync(s => s.SetProperty(d => d.ExtractorVersion, (string?)null));
        return await db.Owners.Where(o => o.Id == _owner.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.DetailsExtractorVersion, (string?)null));
    });

    // The old engine read a stock ticker as a trip to Disney.
    private Task<long> AddWrongOldDetailAsync(long contactId, string sourceMessageId) => _app.ReadAsAsync(_owner, async db =>
    {
        var detail = new ContactDetail
        {
            TenantId = _owner.TenantId, OwnerId = _owner.Id, ContactId = contactId, Kind = ArtifactKind.Travel, Summary = "Trip to Disney",
            Evidence = "Disney (DIS) closed up 2%.", Confidence = 0.6, FirstMentionedAt = Now.AddDays(-10), LastMentionedAt = Now.AddDays(-10),
            SourceMessageId = sourceMessageId, UpdatedAt = Now.AddDays(-10),
            Sources = [new DetailSource { TenantId = _owner.TenantId, OwnerId = _owner.Id, InternetMessageId = sourceMessageId }],
        };
        db.ContactDetails.Add(detail);
        await db.SaveChangesAsync();
        return detail.Id;
    });

    private async Task RunJobAsync(int? crashAfterBatches = null)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var batches = 0;
        scope.ServiceProvider.GetRequiredService<MailRederivation>().BatchCommitted += _ =>
        {
            if (++batches == crashAfterBatches) throw new SimulatedCrashException($"Simulated crash after batch {batches}.");
        };
        await scope.ServiceProvider.GetRequiredService<RederiveMailboxJob>().RunAsync(_owner.Id, CancellationToken.None);
    }

    private Task<List<ContactDetail>> DetailsAsync() =>
        _app.ReadAsAsync(_owner, db => db.ContactDetails.AsNoTracking().Include(d => d.Sources).OrderBy(d => d.Id).ToListAsync());

    private Task<string?> VersionAsync() =>
        _app.ReadAsAsync(_owner, db => db.Owners.Where(o => o.Id == _owner.Id).Select(o => o.DetailsExtractorVersion).SingleAsync());

    private List<Hangfire.Common.Job> QueuedRederivations() =>
        [.. QueuedJobs.Jobs(_app.Services.GetRequiredService<JobStorage>()).Where(j => j.Type == typeof(RederiveMailboxJob) && j.Args.Contains(_owner.Id))];

    private static string Describe(ContactDetail d) => string.Join("|", d.Id, d.Kind, d.Status, d.Origin, d.Summary, d.Evidence, d.Date, d.Confidence,
        d.Mentions, d.FirstMentionedAt, d.LastMentionedAt, d.SourceMessageId, d.ExtractorVersion, d.UpdatedAt, string.Join(",", d.Sources.Select(s => s.InternetMessageId).Order(StringComparer.Ordinal)));

    // What a detail says and where it came from, whatever its id.
    private static string Learnt(ContactDetail d) => string.Join("|", d.ContactId, d.Kind, d.Status, d.IsOwnersPromise, d.Summary, d.Evidence, d.Date,
        d.Confidence, d.Mentions, d.SourceMessageId, string.Join(",", d.Sources.Select(s => s.InternetMessageId).Order(StringComparer.Ordinal)));
}
