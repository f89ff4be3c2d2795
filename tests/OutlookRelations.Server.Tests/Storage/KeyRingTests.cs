using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using OutlookRelations.Server.Storage;

namespace OutlookRelations.Server.Tests.Storage;

/// <summary>Issue 22: Data Protection's keys where every instance finds them, not per process.</summary>
public sealed class KeyRingTests
{
    private static string Protect(RelationsApp app, string text) =>
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("key-ring-test").Protect(text);

    private static string Unprotect(RelationsApp app, string text) =>
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("key-ring-test").Unprotect(text);

    private static async Task<List<string>> StoredKeysAsync(RelationsApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<KeyRingDbContext>().DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
    }

    [Fact]
    public async Task Keys_are_stored_in_the_database_and_another_instance_on_it_reads_what_one_protected()
    {
        var database = Path.Combine(Path.GetTempPath(), $"key-ring-{Guid.NewGuid():N}.db");
        var shared = new Dictionary<string, string?> { ["Storage:ConnectionString"] = $"Data Source={database}" };
        await using var first = new RelationsApp(null, settings: shared);
        first.CreateClient().Dispose();
        var secret = Protect(first, "a sign-in that must survive the balancer");

        var keys = await StoredKeysAsync(first);
        Assert.Single(keys);
        Assert.Contains("<masterKey", keys[0], StringComparison.Ordinal);
        // The other instance runs from elsewhere (its own content root): the application name is fixed, not the path.
        await using var second = new RelationsApp(null, settings: new Dictionary<string, string?>(shared) { ["contentRoot"] = Path.GetTempPath() });
        second.CreateClient().Dispose();
        Assert.Equal("a sign-in that must survive the balancer", Unprotect(second, secret));
        Assert.Single(await StoredKeysAsync(second));
    }

    [Fact]
    public async Task Keys_go_to_the_configured_directory_instead_when_asked()
    {
        var folder = Directory.CreateTempSubdirectory("key-ring-").FullName;
        await using var app = new RelationsApp(null, settings: new Dictionary<string, string?> { ["DataProtection:Keys"] = "Directory", ["DataProtection:KeysDirectory"] = folder });
        app.CreateClient().Dispose();
        Protect(app, "x");

        Assert.Single(Directory.GetFiles(folder, "key-*.xml"));
        Assert.Empty(await StoredKeysAsync(app));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task With_a_certificate_the_stored_keys_are_encrypted()
    {
        using var rsa = RSA.Create(2048);
        using var certificate = new CertificateRequest("CN=OutlookRelations key ring test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var pfx = Path.Combine(Path.GetTempPath(), $"key-ring-{Guid.NewGuid():N}.pfx");
        await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "test"));
        await using var app = new RelationsApp(null, settings: new Dictionary<string, string?> { ["DataProtection:CertificatePath"] = pfx, ["DataProtection:CertificatePassword"] = "test" });
        app.CreateClient().Dispose();
        Assert.Equal("x", Unprotect(app, Protect(app, "x")));

        var key = Assert.Single(await StoredKeysAsync(app));
        Assert.Contains("<encryptedSecret", key, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", key, StringComparison.Ordinal);
        File.Delete(pfx);
    }

    [Fact]
    public void A_directory_key_ring_without_a_directory_refuses_to_start()
    {
        using var app = new RelationsApp(null, settings: new Dictionary<string, string?> { ["DataProtection:Keys"] = "Directory" });
        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.Contains("DataProtection:KeysDirectory", error.ToString(), StringComparison.Ordinal);
    }
}
