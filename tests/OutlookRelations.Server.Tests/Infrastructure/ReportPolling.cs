namespace OutlookRelations.Server.Tests.Infrastructure;

/// <summary>Asks for a report over HTTP and follows it until its job has finished, as the reports page does.</summary>
public static class ReportPolling
{
    public static async Task<Guid> RequestAsync(HttpClient client, object request)
    {
        using var response = await client.PostAsJsonAsync("/api/reports", request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>The report once it has succeeded or failed; a timeout names the state it was stuck in.</summary>
    public static async Task<JsonElement> WaitAsync(HttpClient client, Guid id, TimeSpan? limit = null)
    {
        // Generous: the whole suite runs beside the report's own worker on two cores.
        var deadline = DateTime.UtcNow + (limit ?? TimeSpan.FromSeconds(180));
        while (true)
        {
            var report = await client.GetFromJsonAsync<JsonElement>($"/api/reports/{id}");
            if (report.GetProperty("status").GetString() is "succeeded" or "failed") return report;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Report {id} is still {report}");
            await Task.Delay(100);
        }
    }
}
