using System.Diagnostics;
using OpenTelemetry;
using OutlookRelations.GraphEmulator.Model;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace OutlookRelations.Server.Tests.Telemetry;

/// <summary>
/// Issue 22: traces and metrics through OpenTelemetry, read back with the SDK's in-memory exporter.
/// Alone, not beside other tests: OpenTelemetry listens to meters and activity sources by name, process-wide,
/// so another test's host recording a sync or a report would move these figures too.
/// </summary>
[Collection(nameof(TelemetryCollection))]
public sealed class TelemetryTests
{
    private static readonly EmailAddress Customer = MailboxBuilder.Contact(1);

    private static RelationsApp App(GraphEmulatorServer emulator, List<Activity> spans, List<Metric> metrics) =>
        new(emulator, services: s =>
        {
            s.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans));
            s.ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics));
        }, settings: new Dictionary<string, string?> { ["Telemetry:Enabled"] = "true" });

    [Fact]
    public async Task A_sync_and_a_sidebar_lookup_leave_spans_for_the_request_Graph_and_the_database_and_move_the_apps_metrics()
    {
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        MailboxBuilder.Fill(ana, 30, contacts: 3);
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        List<Activity> spans = [];
        List<Metric> metrics = [];
        await using var app = App(emulator, spans, metrics);
        foreach (var owner in await app.ImportDirectoryAsync()) await app.SyncAsync(owner);

        using var client = app.ClientAs(ana.User.Mail);
        using var response = await client.GetAsync($"/api/sidebar?recipients={Customer.Address}");
        response.EnsureSuccessStatusCode();
        // The server's span ends as the host disposes the request, which can be just after the client has the answer.
        static bool IsLookup(Activity s) => s.Kind == ActivityKind.Server && (s.GetTagItem("http.route") as string)?.StartsWith("/api/sidebar", StringComparison.Ordinal) == true;
        await Eventually.TrueAsync(() => { lock (spans) return spans.Any(IsLookup); }, "the lookup's span", TimeSpan.FromSeconds(10));
        app.Services.GetRequiredService<MeterProvider>().ForceFlush();

        var request = Assert.Single(spans, s => s.Kind == ActivityKind.Server && (s.GetTagItem("http.route") as string)?.StartsWith("/api/sidebar", StringComparison.Ordinal) == true);
        Assert.Equal(200, request.GetTagItem("http.response.status_code"));
        // The lookup's database work is a child of the request's span.
        Assert.Contains(spans, s => s.ParentSpanId == request.SpanId && s.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal));
        // Graph calls made by the sync, through the SDK's own HttpClient.
        Assert.Contains(spans, s => s.Kind == ActivityKind.Client && (s.GetTagItem("url.full") as string)?.StartsWith(emulator.GraphBaseUrl, StringComparison.Ordinal) == true);

        Assert.Equal(1, Sum(metrics, "outlookrelations.sidebar.lookups"));
        Assert.Equal(1, Sum(metrics, "outlookrelations.sidebar.cards"));
        Assert.Equal(1, Count(metrics, "outlookrelations.sidebar.lookup.duration"));
        Assert.True(Sum(metrics, "outlookrelations.sync.pages") >= 3); // inbox, sent items, calendar
        Assert.Equal(30, Sum(metrics, "outlookrelations.sync.items", "inbox") + Sum(metrics, "outlookrelations.sync.items", "sentitems"));
    }

    [Fact]
    public async Task A_sync_job_is_a_span_and_its_Graph_calls_are_in_its_trace()
    {
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        MailboxBuilder.Fill(ana, 10, contacts: 2);
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        List<Activity> spans = [];
        await using var app = new RelationsApp(emulator, services: s => s.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans)),
            settings: new Dictionary<string, string?> { ["Telemetry:Enabled"] = "true", ["Jobs:RunServer"] = "true" });
        await app.ImportDirectoryAsync();
        using var client = app.ClientAs(ana.User.Mail);

        using var queued = await client.PostAsync("/api/sync", null);
        Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
        static bool IsSyncJob(Activity s) => s.Source.Name == "OutlookRelations.Jobs" && s.DisplayName.StartsWith("SyncMailboxJob.", StringComparison.Ordinal);
        await Eventually.TrueAsync(() => { lock (spans) return spans.Any(IsSyncJob); }, "the sync job's span", TimeSpan.FromSeconds(60));

        Activity[] all;
        lock (spans) all = [.. spans];
        var job = all.First(IsSyncJob);
        Assert.Equal(ActivityStatusCode.Unset, job.Status);
        Assert.NotNull(job.GetTagItem("hangfire.job.id"));
        Assert.Contains(all, s => s.TraceId == job.TraceId && s.Kind == ActivityKind.Client && (s.GetTagItem("url.full") as string)?.StartsWith(emulator.GraphBaseUrl, StringComparison.Ordinal) == true);
        Assert.Contains(all, s => s.TraceId == job.TraceId && s.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_report_build_is_counted_by_scope_and_outcome_and_timed()
    {
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        MailboxBuilder.Fill(ana, 10, contacts: 2);
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        List<Metric> metrics = [];
        await using var app = new RelationsApp(emulator, services: s => s.ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics)),
            settings: new Dictionary<string, string?> { ["Telemetry:Enabled"] = "true", ["Jobs:RunServer"] = "true" });
        foreach (var owner in await app.ImportDirectoryAsync()) await app.SyncAsync(owner);
        using var client = app.ClientAs(ana.User.Mail);

        var report = await ReportPolling.WaitAsync(client, await ReportPolling.RequestAsync(client, new { scope = "me" }));
        Assert.Equal("succeeded", report.GetProperty("status").GetString());
        app.Services.GetRequiredService<MeterProvider>().ForceFlush();

        var builds = Points(metrics, "outlookrelations.report.builds");
        Assert.Equal(["me/succeeded"], builds);
        Assert.Equal(1, Count(metrics, "outlookrelations.report.build.duration"));
    }

    [Fact]
    public async Task Graph_throttling_is_counted_with_its_Retry_After_and_each_sync_records_its_lag()
    {
        var store = new EmulatorStore();
        var ana = MailboxBuilder.AddUser(store, "ana");
        MailboxBuilder.Fill(ana, 250, contacts: 3);
        await using var emulator = await GraphEmulatorServer.StartAsync(store);
        // Two 429s: the SDK's retry handler waits them out by itself, below which they are counted.
        var throttle = emulator.Faults.Add(FaultRule.Throttle(times: 2, retryAfterSeconds: 1, pathContains: "skiptoken"));
        List<Metric> metrics = [];
        await using var app = new RelationsApp(emulator, services: s => s.ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics)),
            settings: new Dictionary<string, string?> { ["Telemetry:Enabled"] = "true" });
        foreach (var owner in await app.ImportDirectoryAsync()) await app.SyncAsync(owner);
        app.Services.GetRequiredService<MeterProvider>().ForceFlush();

        Assert.Equal(2, throttle.Fired);
        Assert.Equal(2, Sum(metrics, "outlookrelations.graph.throttled"));
        Assert.Equal(2, Count(metrics, "outlookrelations.graph.retry_after"));
        Assert.Equal(2.0, HistogramSum(metrics, "outlookrelations.graph.retry_after"));
        // One sync, which took in the Inbox's newest message: one measurement, of no lag.
        Assert.Equal(1, Count(metrics, "outlookrelations.sync.lag"));
        Assert.Equal(0.0, HistogramSum(metrics, "outlookrelations.sync.lag"));
    }

    private static double HistogramSum(List<Metric> metrics, string name)
    {
        double total = 0;
        foreach (ref readonly var point in metrics.Last(m => m.Name == name).GetMetricPoints()) total += point.GetHistogramSum();
        return total;
    }

    private static List<string> Points(List<Metric> metrics, string name)
    {
        List<string> found = [];
        foreach (ref readonly var point in metrics.Last(m => m.Name == name).GetMetricPoints())
        {
            var tags = Tags(point).ToDictionary(t => t.Key, t => t.Value);
            found.Add($"{tags["report.scope"]}/{tags["report.outcome"]}");
        }
        return found;
    }

    [Fact]
    public async Task Telemetry_is_off_unless_an_OTLP_endpoint_or_the_setting_turns_it_on()
    {
        await using var app = new RelationsApp(null);
        app.CreateClient().Dispose();

        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task The_standard_OTLP_variables_send_spans_and_metrics_to_the_collector()
    {
        using var collector = new HttpListener();
        var port = Eventually.FreePort();
        collector.Prefixes.Add($"http://127.0.0.1:{port}/");
        collector.Start();
        var received = new List<string>();
        var receiving = Task.Run(async () =>
        {
            while (collector.IsListening)
            {
                var context = await collector.GetContextAsync();
                lock (received) received.Add($"{context.Request.HttpMethod} {context.Request.Url!.AbsolutePath} {context.Request.ContentType}");
                context.Response.StatusCode = 200;
                context.Response.Close();
            }
        });
        await using var app = new RelationsApp(null, settings: new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{port}", ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        });
        using var client = app.CreateClient();
        (await client.GetAsync("/api/client-config")).EnsureSuccessStatusCode();

        Assert.True(app.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
        Assert.True(app.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));
        lock (received)
        {
            Assert.Contains("POST /v1/traces application/x-protobuf", received);
            Assert.Contains("POST /v1/metrics application/x-protobuf", received);
        }
    }

    // The last export of a metric holds its cumulative value.
    private static long Sum(List<Metric> metrics, string name, string? stream = null)
    {
        long total = 0;
        foreach (ref readonly var point in metrics.Last(m => m.Name == name).GetMetricPoints())
        {
            if (stream is not null && !Tags(point).Contains(new KeyValuePair<string, object?>("sync.stream", stream))) continue;
            total += point.GetSumLong();
        }
        return total;
    }

    private static long Count(List<Metric> metrics, string name)
    {
        long total = 0;
        foreach (ref readonly var point in metrics.Last(m => m.Name == name).GetMetricPoints()) total += point.GetHistogramCount();
        return total;
    }

    private static List<KeyValuePair<string, object?>> Tags(in MetricPoint point)
    {
        List<KeyValuePair<string, object?>> tags = [];
        foreach (var tag in point.Tags) tags.Add(tag);
        return tags;
    }
}

[CollectionDefinition(nameof(TelemetryCollection), DisableParallelization = true)]
public sealed class TelemetryCollection;
