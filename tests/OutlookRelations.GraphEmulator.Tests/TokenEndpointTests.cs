using System.Net;
using System.Net.Http.Headers;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using OutlookRelations.GraphEmulator.Hosting;
using OutlookRelations.GraphEmulator.Identity;
using OutlookRelations.GraphEmulator.Model;
using OutlookRelations.GraphEmulator.Store;

namespace OutlookRelations.GraphEmulator.Tests;

/// <summary>The emulated Entra ID's token endpoint, driven by Azure.Identity itself over HTTPS.</summary>
public sealed class TokenEndpointTests : IAsyncLifetime
{
    private const string Directory = "0b5c4e7a-1d2f-4a3b-8c9d-0e1f2a3b4c5d";
    private const string ClientId = "5b6f2d1e-8c3a-4f7b-9e2d-1a4c6b8d0e2f";
    private GraphEmulatorServer _server = null!;
    private HttpClientHandler _trusting = null!;

    public async Task InitializeAsync()
    {
        var store = new EmulatorStore();
        store.AddMailbox(new EmulatedUser("user-1", "Ana", "ana@fabrikam.example"));
        _server = await GraphEmulatorServer.StartHttpsAsync(store);
        _server.Entra.RequireGraphTokens = true;
        _server.Entra.RegisterApp(new EmulatedApp(ClientId) { Secret = "s3cret", Certificate = EmulatorCertificate.ForApp("relations") });
        // Trust exactly the emulator's self-signed certificate, as the server's Graph:TrustedCertificatePath does.
        _trusting = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, c, _, _) => c?.Thumbprint == _server.TlsCertificate!.Thumbprint };
    }

    [Fact]
    public async Task A_secret_and_a_certificate_each_get_an_app_only_Graph_token_that_Graph_accepts()
    {
        var bySecret = await TokenAsync(new ClientSecretCredential(Directory, ClientId, "s3cret", Options(new ClientSecretCredentialOptions())));
        var byCertificate = await TokenAsync(new ClientCertificateCredential(Directory, ClientId,
            _server.Entra.FindApp(ClientId)!.Certificate!, Options(new ClientCertificateCredentialOptions())));

        Assert.Equal(HttpStatusCode.OK, await GraphStatusAsync(bySecret));
        Assert.Equal(HttpStatusCode.OK, await GraphStatusAsync(byCertificate));
        Assert.Equal(HttpStatusCode.Unauthorized, await GraphStatusAsync("made-up"));
        Assert.Equal(["certificate", "secret"], _server.Entra.Grants.Select(g => g.ClientProof).Order());
        Assert.All(_server.Entra.Grants, g => Assert.Equal(("client_credentials", Directory), (g.GrantType, g.TenantId)));
    }

    [Fact]
    public async Task A_wrong_secret_is_refused_with_Entras_error_code()
    {
        var error = await Assert.ThrowsAsync<AuthenticationFailedException>(() =>
            TokenAsync(new ClientSecretCredential(Directory, ClientId, "guessed", Options(new ClientSecretCredentialOptions()))));
        Assert.Contains("AADSTS7000215", error.InnerException!.Message);
        Assert.Empty(_server.Entra.Grants);
    }

    [Fact]
    public async Task On_behalf_of_exchanges_a_users_token_for_our_app_and_nothing_else()
    {
        var user = _server.Entra.IssueToken(new TokenRequest(Directory, "user-1", "ana@fabrikam.example", ClientId), DateTimeOffset.UtcNow);
        var graphToken = await TokenAsync(new OnBehalfOfCredential(Directory, ClientId, "s3cret", user, Options(new OnBehalfOfCredentialOptions())));
        Assert.Equal(HttpStatusCode.OK, await GraphStatusAsync(graphToken));
        Assert.Equal(("on_behalf_of", "user-1"), (_server.Entra.Grants.Single().GrantType, _server.Entra.Grants.Single().UserObjectId));

        var forAnotherApp = _server.Entra.IssueToken(new TokenRequest(Directory, "user-1", "ana@fabrikam.example", "some-other-api"), DateTimeOffset.UtcNow);
        var error = await Assert.ThrowsAsync<AuthenticationFailedException>(() =>
            TokenAsync(new OnBehalfOfCredential(Directory, ClientId, "s3cret", forAnotherApp, Options(new OnBehalfOfCredentialOptions()))));
        Assert.Contains("AADSTS50013", error.InnerException!.Message);
    }

    private T Options<T>(T options) where T : TokenCredentialOptions
    {
        options.AuthorityHost = _server.Root;
        options.Transport = new HttpClientTransport(_trusting);
        switch (options)
        {
            case ClientSecretCredentialOptions o: o.DisableInstanceDiscovery = true; break;
            case ClientCertificateCredentialOptions o: o.DisableInstanceDiscovery = true; break;
            case OnBehalfOfCredentialOptions o: o.DisableInstanceDiscovery = true; break;
        }
        return options;
    }

    private async Task<string> TokenAsync(TokenCredential credential) =>
        (await credential.GetTokenAsync(new TokenRequestContext([_server.Entra.GraphAudience + "/.default"]), CancellationToken.None)).Token;

    private async Task<HttpStatusCode> GraphStatusAsync(string token)
    {
        using var http = new HttpClient(_trusting, disposeHandler: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{_server.GraphBaseUrl}/users");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await http.SendAsync(request)).StatusCode;
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _trusting.Dispose();
    }
}
