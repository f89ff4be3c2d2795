using OutlookRelations.Benchmarks;

// dotnet run -c Release --project tests/OutlookRelations.Benchmarks -- <benchmark> [options]
return args.FirstOrDefault() switch
{
    "extraction" => ExtractionBenchmark.Run(args[1..], Console.Out),
    "reports" => ReportsBenchmark.Run(args[1..], Console.Out),
    _ => Usage(),
};

static int Usage()
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
        """);
    return 2;
}
