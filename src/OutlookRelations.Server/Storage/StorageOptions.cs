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

    /// <summary>
    /// SQLite only: how much of the database file is read through a memory map rather than read()
    /// calls (PRAGMA mmap_size). 0 turns it off; it costs address space, not memory.
    /// </summary>
    [Range(0, 1_048_576)]
    public int SqliteMemoryMapMegabytes { get; set; } = 1024;

    /// <summary>The one comparison of the provider's name; everything else asks this.</summary>
    public bool IsPostgres => Provider == "Postgres";

    /// <summary>
    /// The section as it is configured, for the few decisions made while services are registered
    /// (which database, which job storage). The registered options validate the same values at start.
    /// </summary>
    public static StorageOptions Read(IConfiguration configuration) =>
        configuration.GetSection(SectionName).Get<StorageOptions>() ?? new StorageOptions();
}
