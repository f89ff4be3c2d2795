namespace OutlookRelations.Server.Tests.Infrastructure;

/// <summary>PostgreSQL tests run one at a time: each brings job servers that poll the same server.</summary>
[CollectionDefinition(nameof(PostgresCollection), DisableParallelization = true)]
public sealed class PostgresCollection;
