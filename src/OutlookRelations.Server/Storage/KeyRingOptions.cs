using System.ComponentModel.DataAnnotations;

namespace OutlookRelations.Server.Storage;

/// <summary>Where ASP.NET Core Data Protection keeps its keys, and how they are protected at rest.</summary>
public sealed class KeyRingOptions : IValidatableObject
{
    public const string SectionName = "DataProtection";

    /// <summary>"Database" (the default: every instance on the same database shares it) or "Directory".</summary>
    [Required, RegularExpression("^(Database|Directory)$", ErrorMessage = "DataProtection:Keys must be 'Database' or 'Directory'.")]
    public string Keys { get; set; } = "Database";

    /// <summary>With Keys=Directory: a folder every instance mounts (the same one for all of them).</summary>
    public string? KeysDirectory { get; set; }

    /// <summary>A certificate (PFX with its private key) that encrypts the keys at rest; without one they are stored as plain XML.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Keys == "Directory" && string.IsNullOrWhiteSpace(KeysDirectory))
            yield return new ValidationResult("DataProtection:Keys is Directory but DataProtection:KeysDirectory is not set.", [nameof(KeysDirectory)]);
        if (CertificatePath is { Length: > 0 } path && !File.Exists(path))
            yield return new ValidationResult($"DataProtection:CertificatePath names '{path}', which does not exist.", [nameof(CertificatePath)]);
    }
}
