using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Identity;

namespace OutlookRelations.Benchmarks.Load;

/// <summary>What the load benchmark asks the sidebar for, and the client it asks with.</summary>
internal static class LoadLookups
{
    public const int Recipients = 10;

    /// <summary>A client signed in as the seeded owner (demo sign-in), with connections enough for any backlog.</summary>
    public static HttpClient Client(Uri root, MailboxOwner owner)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512, UseProxy = false }) { BaseAddress = root };
        http.DefaultRequestHeaders.Add(DemoAuthenticationHandler.Header, owner.Email);
        return http;
    }

    /// <summary>The i-th lookup: two of the busiest contacts, seven others, and one stranger, a realistic compose.</summary>
    public static Func<int, string> For(LoadSeed.Seeded seeded) => i =>
    {
        var random = new Random(i);
        var recipients = new List<string>(Recipients)
        {
            seeded.Busiest[random.Next(seeded.Busiest.Count)],
            seeded.Busiest[random.Next(seeded.Busiest.Count)],
        };
        for (var k = 0; k < Recipients - 3; k++) recipients.Add(seeded.Emails[random.Next(seeded.Emails.Count)]);
        recipients.Add($"stranger{i}@nowhere.example");
        return "/api/sidebar?recipients=" + Uri.EscapeDataString(string.Join(',', recipients));
    };
}
