using System.ComponentModel.DataAnnotations;

namespace OutlookRelations.Server.Storage;

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Only "Sqlite" in this build; PostgreSQL arrives with production mode.</summary>
    [Required, RegularExpression("^Sqlite$", ErrorMessage = "Storage:Provider must be 'Sqlite' in this build.")]
    public string Provider { get; set; } = "Sqlite";

    [Required]
    public string ConnectionString { get; set; } = "Data Source=data/outlookrelations.db";

    /// <summary>Demo only: drop and recreate the database on start (the demo tenant is regenerated).</summary>
    public bool ResetOnStart { get; set; }
}
