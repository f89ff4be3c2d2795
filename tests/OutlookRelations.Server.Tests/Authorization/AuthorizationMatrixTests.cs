using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Xunit.Abstractions;

namespace OutlookRelations.Server.Tests.Authorization;

/// <summary>
/// Issue 15: every endpoint in the route table, called as anonymous, the owner, a colleague, a user
/// and an admin of another tenant, a manager and an admin, against authorization-matrix.md.
/// </summary>
public sealed partial class AuthorizationMatrixTests(AuthorizationFixture fixture, ITestOutputHelper output) : IClassFixture<AuthorizationFixture>
{
    [Fact]
    public void Every_mapped_endpoint_has_a_row_and_every_row_an_endpoint()
    {
        var (callers, rows) = ExpectedStatuses.Load();
        var mapped = RouteTable.Endpoints(fixture.App.Services);

        var missing = mapped.Select(e => e.Key).Except(rows.Select(r => r.Endpoint), StringComparer.Ordinal).ToList();
        var stale = rows.Select(r => r.Endpoint).Except(mapped.Select(e => e.Key), StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, $"Endpoints with no row in {ExpectedStatuses.FileName} (add one saying what each caller gets): {string.Join(", ", missing)}");
        Assert.True(stale.Count == 0, $"Rows in {ExpectedStatuses.FileName} for endpoints the server no longer maps: {string.Join(", ", stale)}");
        Assert.Equal(AuthorizationFixture.Callers.Keys.Order(StringComparer.Ordinal), callers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_caller_gets_the_status_the_matrix_says_from_every_endpoint()
    {
        var (callers, rows) = ExpectedStatuses.Load();
        var mapped = RouteTable.Endpoints(fixture.App.Services).ToDictionary(e => e.Key, StringComparer.Ordinal);
        var clients = callers.ToDictionary(c => c, c => fixture.Client(AuthorizationFixture.Callers[c]), StringComparer.Ordinal);
        var findings = new List<string>();
        var calls = 0;

        foreach (var row in rows)
        {
            Assert.True(mapped.TryGetValue(row.Endpoint, out var endpoint), $"{row} names no mapped endpoint");
            var path = fixture.Fill(row.Call ?? row.Pattern);
            Assert.True(Targets(endpoint, path), $"{row}: the call {path} does not reach {row.Pattern}");
            foreach (var caller in callers)
            {
                using var request = new HttpRequestMessage(new HttpMethod(row.Method == MappedEndpoint.AnyMethod ? "GET" : row.Method), path);
                if (row.Body is not null) request.Content = new StringContent(fixture.Fill(row.Body), System.Text.Encoding.UTF8, "application/json");
                using var response = await clients[caller].SendAsync(request);
                calls++;
                var body = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode != row.Expected[caller])
                    findings.Add($"{row} as {caller}: expected {row.Expected[caller]}, got {(int)response.StatusCode} {Shorten(body)}");
                else if (response.IsSuccessStatusCode && Leak(caller, body) is { } leaked)
                    findings.Add($"{row} as {caller}: {(int)response.StatusCode} carries the user's {leaked}");
            }
        }
        foreach (var client in clients.Values) client.Dispose();

        output.WriteLine($"Authorization matrix: {rows.Count} rows over {mapped.Count} endpoints × {callers.Count} callers = {calls} calls, {findings.Count} mismatches.");
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    // What must not reach anyone but the user: the note's words and the report's id; the other tenant not even the address.
    private string? Leak(string caller, string body)
    {
        if (caller == "user") return null;
        if (body.Contains(fixture.Secret, StringComparison.Ordinal)) return "note";
        if (body.Contains(fixture.Report.ToString(), StringComparison.OrdinalIgnoreCase)) return "report id";
        if (caller.StartsWith("other ", StringComparison.Ordinal) && body.Contains(DemoTenants.Alex, StringComparison.OrdinalIgnoreCase)) return "address";
        return null;
    }

    // The call's path matches the row's pattern (constraints are left to routing, which the status shows).
    private static bool Targets(MappedEndpoint endpoint, string call)
    {
        var path = call.Split('?')[0];
        var template = TemplateParser.Parse(ConstraintSuffix().Replace(endpoint.Pattern.TrimStart('/'), "}"));
        return new TemplateMatcher(template, new RouteValueDictionary()).TryMatch(path, new RouteValueDictionary());
    }

    private static string Shorten(string body) => body.Length <= 300 ? body : body[..300] + "…";

    [GeneratedRegex(":[^}]+}")]
    private static partial Regex ConstraintSuffix();
}
