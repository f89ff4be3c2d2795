using OutlookRelations.Cli;

// OutlookRelations.Cli <command> …: one entry point for the tools that never run in the server.
return args.FirstOrDefault() switch
{
    "extract" => ExtractCommand.Run(args[1..], Console.Out, Console.Error),
    null or "-h" or "--help" or "help" => Usage.Print(Console.Out, 0),
    var unknown => Usage.Print(Console.Error, 2, $"Unknown command '{unknown}'."),
};
