using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace OutlookRelations.GraphEmulator.Tests;

/// <summary>
/// A webhook receiver on a real loopback port, standing in for an app Graph notifies: it answers the
/// validation handshake (unless told not to) and records every notification it is sent.
/// </summary>
public sealed class Subscriber : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<(string Path, JsonElement Body)> _received = Channel.CreateUnbounded<(string, JsonElement)>();

    private Subscriber(WebApplication app) => _app = app;

    public Uri Root { get; private set; } = null!;
    public bool AnswerValidation { get; set; } = true;
    /// <summary>The status posts to /notify get (202 by default); lifecycle posts always get 202.</summary>
    public int NotificationStatus { get; set; } = StatusCodes.Status202Accepted;
    public List<string> ValidationTokens { get; } = [];

    public Uri Url(string path) => new(Root, path);

    public static async Task<Subscriber> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var subscriber = new Subscriber(app);
        app.MapPost("/{**path}", async (HttpContext context) =>
        {
            if (context.Request.Query["validationToken"].FirstOrDefault() is { } token)
            {
                lock (subscriber.ValidationTokens) subscriber.ValidationTokens.Add(token);
                return subscriber.AnswerValidation ? Results.Text(token, "text/plain") : Results.StatusCode(StatusCodes.Status500InternalServerError);
            }
            using var body = await JsonDocument.ParseAsync(context.Request.Body);
            await subscriber._received.Writer.WriteAsync((context.Request.Path.Value!, body.RootElement.Clone()));
            return Results.StatusCode(context.Request.Path == "/notify" ? subscriber.NotificationStatus : StatusCodes.Status202Accepted);
        });
        await app.StartAsync();
        subscriber.Root = new Uri(app.Urls.First() + "/");
        return subscriber;
    }

    /// <summary>The next notification item posted to any path, or a failure after 10 seconds.</summary>
    public async Task<(string Path, JsonElement Item)> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var (path, body) = await _received.Reader.ReadAsync(timeout.Token);
        return (path, body.GetProperty("value").EnumerateArray().Single());
    }

    /// <summary>True when nothing more arrives within the given time.</summary>
    public async Task<bool> QuietForAsync(TimeSpan time)
    {
        using var timeout = new CancellationTokenSource(time);
        try
        {
            await _received.Reader.WaitToReadAsync(timeout.Token);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
