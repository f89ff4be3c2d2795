using System.Text.Json;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookRelations.Server.Identity;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Reports;

/// <summary>
/// /api/reports: ask for an engagement report (202 + id), follow its progress, download the .xlsx,
/// and schedule a weekly one. A report is visible to the person who asked for it and nobody else.
/// </summary>
public static class ReportsApi
{
    public const string Workbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public sealed record ReportView(
        Guid Id, string Scope, DateTimeOffset From, DateTimeOffset To, string TimeZone, ReportStatus Status, int Progress, string Step,
        string? Error, bool Scheduled, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt, DateTimeOffset ExpiresAt, string? FileName, Headline? Headline);

    public sealed record Accepted(Guid Id);
    public sealed record ScheduleRequest(string? Scope, string? TimeZone);
    public sealed record ScheduleView(bool Scheduled, string? Scope, string Cron);

    public static RouteGroupBuilder MapReports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").RequireAuthorization().WithTags("Reports");
        // The 403s and the 409 are ProblemHttpResults, whose status the return type cannot say.
        group.MapPost("/", Create).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/", List);
        group.MapGet("/{id:guid}", Get);
        group.MapGet("/{id:guid}/file", Download).Produces<Stream>(StatusCodes.Status200OK, Workbook).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/team", Team).RequireAuthorization(Roles.ManagerPolicy);
        group.MapGet("/schedule", GetSchedule);
        group.MapPut("/schedule", PutSchedule).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapDelete("/schedule", DeleteSchedule);
        return group;
    }

    private static async Task<Results<AcceptedAtRoute<Accepted>, Accepted<Accepted>, ValidationProblem, ProblemHttpResult>> Create(
        ReportRequest request, CurrentUser user, HttpContext http, ReportQueue queue, TimeProvider time, CancellationToken ct)
    {
        var (spec, errors) = ReportSpec.From(request, time.GetUtcNow());
        if (spec is null) return TypedResults.ValidationProblem(errors);
        if (ReportAudience.Refusal(spec.Scope, http.User) is { } refusal)
            return TypedResults.Problem(refusal, statusCode: StatusCodes.Status403Forbidden, title: "Not allowed");
        var report = await queue.EnqueueAsync(user.TenantId, user.OwnerId, spec, scheduled: false, ct);
        return TypedResults.Accepted($"/api/reports/{report.Id}", new Accepted(report.Id));
    }

    public sealed record TeamMember(string Email, string DisplayName);

    /// <summary>Who a team report would cover, asked of Graph while the manager waits (on their behalf).</summary>
    private static async Task<IReadOnlyList<TeamMember>> Team(CurrentUser user, HttpContext http, ReportAudience audience, CancellationToken ct) =>
        [.. (await audience.TeamOfSignedInUserAsync(user.TenantId, user.OwnerId, http, ct)).Select(o => new TeamMember(o.Email, o.DisplayName))];

    private static async Task<IReadOnlyList<ReportView>> List(RelationsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        // Everything but the file itself, which can be megabytes.
        var reports = await db.Reports.AsNoTracking().Where(r => r.ExpiresAt > now).OrderByDescending(r => r.CreatedAt).Take(50)
            .Select(r => new Report
            {
                Id = r.Id, Scope = r.Scope, From = r.From, To = r.To, TimeZone = r.TimeZone, Status = r.Status, Progress = r.Progress,
                Step = r.Step, Error = r.Error, Scheduled = r.Scheduled, CreatedAt = r.CreatedAt, FinishedAt = r.FinishedAt,
                ExpiresAt = r.ExpiresAt, FileName = r.FileName, HeadlineJson = r.HeadlineJson,
            }).ToListAsync(ct);
        return [.. reports.Select(View)];
    }

    private static async Task<Results<Ok<ReportView>, NotFound>> Get(Guid id, RelationsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var report = await Find(db, id, time, ct);
        return report is null ? TypedResults.NotFound() : TypedResults.Ok(View(report));
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> Download(Guid id, RelationsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var report = await Find(db, id, time, ct);
        if (report is null) return TypedResults.NotFound();
        if (report.Status != ReportStatus.Succeeded || report.Content is null)
            return TypedResults.Problem($"The report is {report.Status.ToString().ToLowerInvariant()}, not ready to download.", statusCode: StatusCodes.Status409Conflict, title: "Not ready");
        return TypedResults.File(report.Content, Workbook, report.FileName);
    }

    private static ScheduleView GetSchedule(CurrentUser user, JobStorage storage, IOptions<ReportOptions> options)
    {
        using var connection = storage.GetConnection();
        var job = connection.GetRecurringJobs([WeeklyReportJob.RecurringId(user.OwnerId)]).FirstOrDefault(j => !j.Removed && j.Job is not null);
        return new ScheduleView(job is not null, job is null ? null : WeeklyReportJob.ScopeOf(job.Job), job?.Cron ?? options.Value.WeeklyCron);
    }

    private static Results<Ok<ScheduleView>, ValidationProblem, ProblemHttpResult> PutSchedule(
        ScheduleRequest request, CurrentUser user, HttpContext http, IRecurringJobManager recurring, IOptions<ReportOptions> options, TimeProvider time)
    {
        var (spec, errors) = ReportSpec.From(new ReportRequest(request.Scope, null, null, request.TimeZone), time.GetUtcNow());
        if (spec is null) return TypedResults.ValidationProblem(errors);
        if (ReportAudience.Refusal(spec.Scope, http.User) is { } refusal)
            return TypedResults.Problem(refusal, statusCode: StatusCodes.Status403Forbidden, title: "Not allowed");
        var (tenant, owner, scope, zone) = (user.TenantId, user.OwnerId, ReportSpec.Name(spec.Scope), spec.Period.Zone.Id);
        recurring.AddOrUpdate<WeeklyReportJob>(WeeklyReportJob.RecurringId(owner), job => job.RunAsync(tenant, owner, scope, zone, CancellationToken.None), options.Value.WeeklyCron);
        return TypedResults.Ok(new ScheduleView(true, scope, options.Value.WeeklyCron));
    }

    private static NoContent DeleteSchedule(CurrentUser user, IRecurringJobManager recurring)
    {
        recurring.RemoveIfExists(WeeklyReportJob.RecurringId(user.OwnerId));
        return TypedResults.NoContent();
    }

    // The query filter already hides other people's reports; expired ones are gone too, even before the cleanup job runs.
    private static async Task<Report?> Find(RelationsDbContext db, Guid id, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return await db.Reports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.ExpiresAt > now, ct);
    }

    private static ReportView View(Report r) => new(
        r.Id, r.Scope, r.From, r.To, r.TimeZone, r.Status, r.Progress, r.Step, r.Error, r.Scheduled, r.CreatedAt, r.FinishedAt, r.ExpiresAt, r.FileName,
        // Typed, so the API document says what a headline holds; one stored before a figure existed reads it as 0.
        r.HeadlineJson is null ? null : JsonSerializer.Deserialize<Headline>(r.HeadlineJson, JsonSerializerOptions.Web));
}
