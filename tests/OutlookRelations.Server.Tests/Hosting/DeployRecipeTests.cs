using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Console;
using OutlookRelations.Server.Hosting;
using OutlookRelations.Server.Storage;
using OutlookRelations.Server.Telemetry;

namespace OutlookRelations.Server.Tests.Hosting;

/// <summary>
/// Issue 22: docs/deploy.md's load-balancer recipe (section 4b) and the code cannot drift apart: paths
/// that are mapped, settings that bind, a project that exists. DeployRecipeProcessTests runs the
/// recipe's publish command and starts its output.
/// </summary>
public sealed partial class DeployRecipeTests
{
    private static readonly string Root = FindRoot();
    private static readonly string Recipe = Section(File.ReadAllText(Path.Combine(Root, "docs", "deploy.md")), "### 4b.");

    [Fact]
    public async Task The_probe_and_dashboard_paths_it_names_are_the_ones_mapped()
    {
        await using var app = new RelationsApp(null);
        var mapped = RouteTable.Endpoints(app.Services).Select(e => e.Pattern.Replace("/{**path}", "", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var documented = DocumentedPath().Matches(Recipe).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(new HashSet<string> { "/health", "/health/live", "/health/ready", "/jobs" }, documented);
        Assert.Subset(mapped, documented);
        // Every health endpoint the server maps is one the recipe explains.
        Assert.Subset(documented, mapped.Where(p => p.StartsWith("/health", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_setting_in_its_environment_file_binds_and_production_accepts_the_file()
    {
        var settings = EnvironmentFile();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        Action<BinderOptions> strict = o => o.ErrorOnUnknownConfiguration = true;

        configuration.GetSection(KeyRingOptions.SectionName).Get<KeyRingOptions>(strict);
        configuration.GetSection(ProxyOptions.SectionName).Get<ProxyOptions>(strict);
        configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>(strict);
        configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>(strict);
        configuration.GetSection("Logging:Console").Get<ConsoleLoggerOptions>(strict);
        Assert.Equal("json", configuration["Logging:Console:FormatterName"]); // a formatter ASP.NET Core ships (ConsoleFormatterNames.Json)
        Assert.Equal(ConsoleFormatterNames.Json, configuration["Logging:Console:FormatterName"]);
        Assert.Contains(TelemetrySetup.EndpointSetting, settings.Keys);

        var problems = StartupChecks.Find(new Environment(settings["ASPNETCORE_ENVIRONMENT"]!), configuration)
            .Where(p => !p.Contains("does not exist", StringComparison.Ordinal)).ToList(); // the certificate paths are examples
        Assert.Empty(problems);
    }

    [Fact]
    public void The_settings_its_table_names_are_options_the_server_reads()
    {
        var names = DocumentedSetting().Matches(Recipe).Select(m => m.Value).Distinct().ToList();
        Assert.NotEmpty(names);
        foreach (var name in names)
        {
            var (section, key) = (name.Split(':')[0], name.Split(':')[1]);
            var type = section switch
            {
                KeyRingOptions.SectionName => typeof(KeyRingOptions),
                ProxyOptions.SectionName => typeof(ProxyOptions),
                TelemetryOptions.SectionName => typeof(TelemetryOptions),
                _ => null,
            };
            Assert.True(type?.GetProperty(key) is not null, $"The recipe names {name}, which no options class has.");
        }
    }

    [Fact]
    public void Its_publish_command_names_the_servers_project()
    {
        var project = PublishCommand().Match(Recipe).Groups[1].Value;
        Assert.True(File.Exists(Path.Combine(Root, project, "OutlookRelations.Server.csproj")), $"`dotnet publish {project}` names no server project");
        Assert.Contains("OutlookRelations.Server.dll", Recipe, StringComparison.Ordinal);
    }

    /// <summary>The recipe's `dotnet publish` command's arguments, its output folder swapped for <paramref name="output"/>.</summary>
    public static List<string> PublishArguments(string output)
    {
        var line = PublishLine().Match(Recipe);
        Assert.True(line.Success, "No `dotnet publish` command in the recipe");
        var arguments = line.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var o = arguments.IndexOf("-o");
        Assert.True(o >= 0 && o + 1 < arguments.Count, "The recipe's publish command names no output folder (-o)");
        arguments[o + 1] = output;
        // The project is named from the repository's root, where the recipe is run.
        for (var i = 0; i < arguments.Count; i++)
            if (arguments[i].StartsWith("src/", StringComparison.Ordinal)) arguments[i] = Path.Combine(Root, arguments[i]);
        return arguments;
    }

    // The environment file's KEY=VALUE lines, as configuration keys (Section__Key is Section:Key).
    private static Dictionary<string, string?> EnvironmentFile() =>
        EnvironmentVariables().ToDictionary(kv => kv.Key.Replace("__", ":", StringComparison.Ordinal), kv => kv.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>The recipe's environment file, as the variables systemd sets from it.</summary>
    public static Dictionary<string, string?> EnvironmentVariables()
    {
        var block = EnvBlock().Match(Recipe);
        Assert.True(block.Success, "No environment file in the recipe");
        return block.Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('=', 2)).ToDictionary(kv => kv[0], kv => (string?)kv[1], StringComparer.Ordinal);
    }

    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/deploy.md has no section {heading}");
        var end = markdown.IndexOf("\n### ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..end];
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OutlookRelations.sln"))) return dir.FullName;
        throw new InvalidOperationException("Repository root not found");
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "OutlookRelations.Server";
        public string ContentRootPath { get; set; } = Root;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }

    [GeneratedRegex(@"`(/(?:health|jobs)[a-z/]*)`")]
    private static partial Regex DocumentedPath();

    [GeneratedRegex(@"(?<=`)(?:DataProtection|ForwardedHeaders|Telemetry):[A-Za-z]+")]
    private static partial Regex DocumentedSetting();

    [GeneratedRegex(@"dotnet publish (\S+)")]
    private static partial Regex PublishCommand();

    [GeneratedRegex(@"^dotnet (publish [^\n]+)$", RegexOptions.Multiline)]
    private static partial Regex PublishLine();

    [GeneratedRegex(@"outlookrelations\.env`:\s*```ini\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex EnvBlock();
}
