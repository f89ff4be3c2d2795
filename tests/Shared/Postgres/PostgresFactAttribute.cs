using Xunit;

namespace OutlookRelations.Testing;

/// <summary>
/// A fact that needs PostgreSQL: it runs against OUTLOOKRELATIONS_TEST_POSTGRES (tests/run-all.sh
/// starts a private server and sets it) and is reported as skipped, saying why, when that is unset.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TemporaryPostgres.Server is null)
            Skip = $"{TemporaryPostgres.Variable} is not set: no PostgreSQL to run against (tests/run-all.sh starts one when it can).";
    }
}
