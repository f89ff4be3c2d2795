using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace OutlookRelations.Server.Storage;

public static class KeyRingSetup
{
    /// <summary>Shared by every instance whatever folder it runs from (the default is the content root path).</summary>
    public const string ApplicationName = "OutlookRelations";

    /// <summary>
    /// Data Protection with a key ring every instance shares: in the database by default (nothing more
    /// to provision beside it), or in a directory (DataProtection:Keys=Directory). Without this, each
    /// instance kept keys of its own (in memory in a container: new ones on every start), so anything
    /// one protected, another could not read. Keys are encrypted at rest with DataProtection:CertificatePath
    /// when set; otherwise Data Protection logs "No XML encryptor configured" once for each new key
    /// (every 90 days): the keys are then as safe as the database or folder that holds them.
    /// </summary>
    public static IServiceCollection AddKeyRing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KeyRingOptions>().Bind(configuration.GetSection(KeyRingOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        var options = configuration.GetSection(KeyRingOptions.SectionName).Get<KeyRingOptions>() ?? new KeyRingOptions();
        var builder = services.AddDataProtection().SetApplicationName(ApplicationName);
        if (options.Keys == "Directory" && options.KeysDirectory is { Length: > 0 } folder)
            builder.PersistKeysToFileSystem(new DirectoryInfo(folder));
        else
            builder.PersistKeysToDbContext<KeyRingDbContext>();
        if (options.CertificatePath is { Length: > 0 } path && File.Exists(path))
            builder.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword));
        return services;
    }
}
