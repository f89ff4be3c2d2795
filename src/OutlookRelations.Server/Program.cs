using OutlookRelations.Server;
using OutlookRelations.Server.Admin;
using OutlookRelations.Server.Contacts;
using OutlookRelations.Server.DataControls;
using OutlookRelations.Server.Details;
using OutlookRelations.Server.Digest;
using OutlookRelations.Server.Engagement;
using OutlookRelations.Server.GraphAccess;
using OutlookRelations.Server.Health;
using OutlookRelations.Server.Hosting;
using OutlookRelations.Server.Identity;
using OutlookRelations.Server.Reports;
using OutlookRelations.Server.Jobs;
using OutlookRelations.Server.Mailboxes;
using OutlookRelations.Server.Meetings;
using OutlookRelations.Server.Notifications;
using OutlookRelations.Server.OpenApi;
using OutlookRelations.Server.Sidebar;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Stories;
using OutlookRelations.Server.Sync;
using OutlookRelations.Server.Telemetry;
using OutlookRelations.Server.WarmPaths;
using OutlookRelations.Server.Today;

var builder = WebApplication.CreateBuilder(args);

var problems = StartupChecks.Find(builder.Environment, builder.Configuration);
if (problems.Count > 0)
{
    Console.Error.WriteLine("OutlookRelations cannot start:");
    foreach (var problem in problems) Console.Error.WriteLine($"  - {problem}");
    return 1;
}

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddProblemDetails();
builder.Services.AddBadRequestProblems();
// Enums as names both ways; a number is never read as one (see Conventions/StrictEnum).
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase, allowIntegerValues: false)));
builder.Services.AddStorage(builder.Configuration, builder.Environment);
builder.Services.AddJobs(builder.Configuration);
builder.Services.AddMailboxes();
builder.Services.AddGraphAccess(builder.Configuration);
builder.Services.AddGraphSync(builder.Configuration);
builder.Services.AddContacts();
builder.Services.AddEngagement();
builder.Services.AddMemory(builder.Configuration);
builder.Services.AddDemoMode(builder.Configuration);
builder.Services.AddIdentity(builder.Configuration, builder.Environment);
builder.Services.AddReports(builder.Configuration);
builder.Services.AddStories();
builder.Services.AddDataControls();
builder.Services.AddNotifications(builder.Configuration);
builder.Services.AddSidebarConcurrency(builder.Configuration);
builder.Services.AddHealth();
builder.Services.AddProxySupport(builder.Configuration);
builder.Services.AddTelemetry(builder.Configuration);
builder.Services.AddToday();
builder.Services.AddDigest(builder.Configuration);
builder.Services.AddRecurringJobs();
builder.Services.AddApiDocument();

var app = builder.Build();

// `OutlookRelations.Server migrate`: apply the database migrations and exit (for Storage:MigrateOnStart=false).
if (args.FirstOrDefault() == "migrate")
{
    await using var scope = app.Services.CreateAsyncScope();
    await DatabaseInitializer.MigrateAsync(scope.ServiceProvider.GetRequiredService<RelationsDbContext>(), app.Logger, CancellationToken.None);
    Console.WriteLine("Database migrations applied.");
    return 0;
}

// `OutlookRelations.Server onboard --directory {id}`: import a consented directory's mailboxes and queue their syncs.
if (args.FirstOrDefault() == "onboard")
{
    // Never reset here (Storage:ResetOnStart is for the demo server's start).
    await using (var scope = app.Services.CreateAsyncScope())
        if (StorageOptions.Read(builder.Configuration).MigrateOnStart) await DatabaseInitializer.MigrateAsync(scope.ServiceProvider.GetRequiredService<RelationsDbContext>(), app.Logger, CancellationToken.None);
    return await OnboardCommand.RunAsync(app.Services, builder.Configuration, args);
}

app.UseProxySupport();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSecurityHeaders();
app.UseKnownCharsets();
app.UseStaticFiles(); // the task pane, built into wwwroot
app.UseAuthentication();
app.UseDataScope();
app.UseAuthorization();
app.UseRateLimiter();

app.MapContacts();
app.MapSidebar();
app.MapToday();
app.MapDigest();
app.MapWarmPaths();
app.MapMeetings();
app.MapDetails();
app.MapSync();
app.MapHealth();
app.MapAdmin();
app.MapJobsDashboard();
app.MapJobsSession();
app.MapReports();
app.MapStories();
app.MapDataControls();
app.MapMyData();
app.MapNotifications();
app.MapClientConfig();
app.MapMe();
app.MapApiDocument();
app.MapGet("/", () => Results.Redirect("/taskpane.html")).ExcludeFromDescription();
app.AnnounceDemo();

app.Run();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
