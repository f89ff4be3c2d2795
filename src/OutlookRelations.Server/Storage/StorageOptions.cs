using System.ComponentModel.DataAnnotations;

namespace OutlookRelations.Server.Storage;

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>"Sqlite" (the embedded default) or "Postgres" (production; ConnectionStrings:Postgres).</summary>
    [Required, RegularExpression("^(Sqlite|Postgres)$", ErrorMessage = "Storage:Provider must be 'Sqlite' or 'Postgres'.")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>The SQLite connection string (PostgreSQL's is ConnectionStrings:Postgres, a secret).</summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=data/outlookrelations.db";

    /// <summary>Apply pending migrations at start. Off, the server refuses to start with pending ones: run `migrate`.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>Demo only: drop and recreate the database on start (the demo tenant is regenerated).</summary>
    public bool ResetOnStart { get; set; }

    public bool IsPostgres => Provider == "Postgres";
}
