namespace OutlookRelations.Server.Today;

/// <summary>GET /api/today: whom it is worth writing to today, and what to say (issue 20).</summary>
public static class TodayApi
{
    public static IServiceCollection AddToday(this IServiceCollection services) =>
        services.AddScoped<TodayQuery>().AddScoped<Serendipity.NewsConnections>();

    public static RouteGroupBuilder MapToday(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/today").RequireAuthorization().WithTags("Today");
        group.MapGet("/", (TodayQuery query, CancellationToken ct) => query.BuildAsync(ct));
        return group;
    }
}
