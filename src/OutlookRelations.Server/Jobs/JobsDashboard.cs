using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authorization;
using OutlookRelations.Server.Identity;

namespace OutlookRelations.Server.Jobs;

/// <summary>
/// Hangfire's dashboard at /jobs, for admins (<see cref="Roles.AdminPolicy"/>): the same sign-in and
/// policy as /api/admin. It is an endpoint, so routing's authorization answers 401 and 403 before
/// Hangfire sees the request, and the authorization matrix and the bad-input test cover it. A browser
/// brings the bearer token in a cookie only /jobs reads (<see cref="JobsSession"/>).
/// </summary>
public static class JobsDashboard
{
    public const string Path = "/jobs";

    public static IEndpointConventionBuilder MapJobsDashboard(this IEndpointRouteBuilder app) =>
        app.MapHangfireDashboard(Path, new DashboardOptions
        {
            // Hangfire's default filter admits local requests only (and refuses all of them under a
            // proxy or TestServer): the admin policy replaces it, checked again here in case the
            // endpoint's own requirement is ever dropped.
            Authorization = [],
            AsyncAuthorization = [new AdminDashboardAuthorization()],
            // Read-only for anyone the gate might admit who is not an admin (a role check, since Hangfire
            // asks synchronously): deleting or re-queuing jobs stays an admin's.
            IsReadOnlyFunc = context => !context.GetHttpContext().User.IsInRole(Roles.Admin),
            // The PostgreSQL storage would print its host and database on every page.
            DisplayStorageConnectionString = false,
            AppPath = "/admin.html",
            DashboardTitle = "OutlookRelations jobs",
        }, app.ServiceProvider.GetRequiredService<JobStorage>()).RequireAuthorization(Roles.AdminPolicy);
}

/// <summary>Admits whoever the app's admin policy admits.</summary>
internal sealed class AdminDashboardAuthorization : IDashboardAsyncAuthorizationFilter
{
    public Task<bool> AuthorizeAsync(DashboardContext context) => IsAdminAsync(context);

    public static async Task<bool> IsAdminAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(http.User, Roles.AdminPolicy)).Succeeded;
    }
}
