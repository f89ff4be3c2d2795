using OutlookRelations.Server.Engagement;
using OutlookRelations.Server.Conventions;

namespace OutlookRelations.Server.Reports;

/// <summary>Whose relationships a report covers.</summary>
public enum ReportScope
{
    /// <summary>The requester's own mailbox.</summary>
    Me,
    /// <summary>The requester's direct reports in the directory (managers).</summary>
    Team,
    /// <summary>Every mailbox in the tenant (admins).</summary>
    Organisation,
}

/// <summary>POST /api/reports body. Dates are calendar days in <see cref="TimeZone"/>; "to" is inclusive.</summary>
public sealed record ReportRequest(string? Scope, DateOnly? From, DateOnly? To, string? TimeZone);

/// <summary>A checked request: the scope, and the period as instants.</summary>
public sealed record ReportSpec(ReportScope Scope, ReportPeriod Period)
{
    public const int DefaultDays = 90;
    public const int MaxDays = 731;
    /// <summary>The earliest day a report may start or end: before any mail there is to measure.</summary>
    public static readonly DateOnly Earliest = new(1970, 1, 1);

    /// <summary>The spec, or the problems with the request keyed by field (for a 400 ValidationProblem).</summary>
    public static (ReportSpec? Spec, Dictionary<string, string[]> Errors) From(ReportRequest request, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        ReportScope scope = default;
        if (!StrictEnum.TryParse(request.Scope, out scope))
            errors["scope"] = [$"{(request.Scope is null ? "A scope is needed" : $"'{request.Scope}' is not a scope")}: use one of {StrictEnum.Allowed<ReportScope>()}."];
        TimeZoneInfo zone = TimeZoneInfo.Utc;
        if (request.TimeZone is { } id && !TimeZoneInfo.TryFindSystemTimeZoneById(id, out zone!))
        {
            errors["timeZone"] = [$"'{id}' is not a time zone this server knows (use an IANA name such as Europe/Berlin)."];
            zone = TimeZoneInfo.Utc;
        }
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        // Days near year 1 or 9999 overflow once a time zone's offset is applied: refused before any arithmetic.
        if (request.From < Earliest) errors["from"] = [$"'from' must be {Earliest:yyyy-MM-dd} or later."];
        if (request.To < Earliest || request.To > today.AddYears(1)) errors["to"] = [$"'to' must be between {Earliest:yyyy-MM-dd} and a year from today."];
        if (errors.Count > 0) return (null, errors);
        var to = request.To ?? today;
        var from = request.From ?? to.AddDays(-(DefaultDays - 1));
        if (from > to) errors["from"] = ["'from' must not be after 'to'."];
        else if (to.DayNumber - from.DayNumber + 1 > MaxDays) errors["to"] = [$"A report covers at most {MaxDays} days."];
        if (from > today) errors["from"] = ["'from' is in the future: there is nothing to measure yet."];
        if (errors.Count > 0) return (null, errors);
        var period = new ReportPeriod(Start(from, zone), Start(to.AddDays(1), zone), zone);
        return (new ReportSpec(scope, period), errors);
    }

    /// <summary>Midnight at the start of <paramref name="day"/> in <paramref name="zone"/>, as an instant.</summary>
    public static DateTimeOffset Start(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>"me", "team" or "organisation"; a value outside the enum throws rather than naming some scope.</summary>
    public static string Name(ReportScope scope) => StrictEnum.Name(scope);
}
