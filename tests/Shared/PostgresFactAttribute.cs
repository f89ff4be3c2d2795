using Xunit;

namespace OutlookRelations.Testing;

/// <summary>
/// A fact that needs PostgreSQL: it runs against OUTLOOKRELATIONS_TEST_POSTGRES (tests/run-all.sh
/// starts a private server and sets it) and is reported as skipped, saying why, when that is unset.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "OUTLOOKRELATIONS_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
            Skip = $"{Variable} is not set: no PostgreSQL to run against (tests/run-all.sh starts one when it can).";
    }
}
