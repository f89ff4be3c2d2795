namespace OutlookRelations.Benchmarks;

/// <summary>
/// dotnet run -c Release --project tests/OutlookRelations.Benchmarks -- &lt;benchmark&gt; [options].
/// A named class rather than top-level statements: the server's Program is hosted by the sync benchmark.
/// </summary>
internal static class BenchmarkProgram
{
    public static int Main(string[] args) => args.FirstOrDefault() switch
    {
        "extraction" => ExtractionBenchmark.Run(args[1..], Console.Out),
        "reports" => ReportsBenchmark.Run(args[1..], Console.Out),
        "sync" => SyncBenchmark.RunAsync(args[1..], Console.Out).GetAwaiter().GetResult(),
        "sidebar-load" => Load.SidebarLoadBenchmark.RunAsync(args[1..], Console.Out).GetAwaiter().GetResult(),
        _ => Usage(),
    };

    private static int Usage()
    {
        Console.Error.WriteLine("""
            usage: dotnet run -c Release --project tests/OutlookRelations.Benchmarks -- <benchmark> [options]

              extraction [--maildir PATH] [--limit N]
              Parse + clean + extract over every file of the Enron maildir (../shared/data/enron/maildir),
              on one core and on all cores, beside a MimeKit-parse-only baseline measured in the same run.

              reports [--users 200] [--contacts 500]
              The organisation report's workbook for a generated tenant (users × contacts relationships,
              a year of mail), beside the same rows written cell by cell with plain ClosedXML; wall time
              and peak memory of each in its own process, their ratio, and a cell-by-cell comparison.

              sync [--messages 20000] [--page-size 100] [--warm-up N]
              First sync of one 30-folder mailbox through the Graph SDK and the emulator into SQLite (and
              PostgreSQL when OUTLOOKRELATIONS_TEST_POSTGRES is set), beside SDK paging alone; messages per
              second and Graph requests per 1,000 messages against the least the page size allows; then an
              incremental round's requests ($batch) against the least possible. First a rehearsal of both on a
              mailbox of N messages (default: the same size), not counted, so the code is compiled as on a
              server that has been running; --warm-up 0 measures cold. CPU, GC pauses and allocations of each.

              sidebar-load [--interactions 1000000] [--contacts 50000] [--rate 200] [--seconds 20] [--rounds 3]
                           [--only sqlite|postgres] [--keep] [--queries-only]
              10-recipient sidebar lookups at a constant rate over loopback HTTP against the server, run as its
              own process, holding that much for the signed-in user, on SQLite (and PostgreSQL when
              OUTLOOKRELATIONS_TEST_POSTGRES is set): p50/p99 latency, throughput, errors and the server's CPU per
              request, beside /api/me at the same rate, in rounds (the verdict is the median round's); what
              one lookup's queries take; the most lookups per second it serves. --keep seeds once into a named database (in the temp folder, or on the
              PostgreSQL server) and reuses it in later runs; --only runs one provider; --queries-only stops after the in-process
              lookups (what one costs, and allocates), without the load rounds.
            """);
        return 2;
    }
}
