using Brand.Cms.Core.Search;
using Brand.Cms.Core.Transfer;

namespace Brand.Cms.Commands;

/// <summary>
/// The commands of the executable: `export DIR`, `import DIR` and `reindex [external|internal]` run after the normal start-up
/// (configuration checked, database migrated); `api-key NAME` needs none of it and runs before the host is built, and so do
/// `backup DIR` and `restore DIR [--force]`, which save or replace the database start-up would migrate and open.
/// All exit with 0 on success.
/// </summary>
public sealed class CliCommand
{
    private CliCommand(string name, string argument, string[] hostArgs)
    {
        Name = name;
        Argument = argument;
        HostArgs = hostArgs;
    }

    public string Name { get; }
    public string Argument { get; }

    /// <summary>The remaining arguments, for the host's own configuration (--urls, --Brand:DataPath=…).</summary>
    public string[] HostArgs { get; }

    public static CliCommand? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("export" or "import" or "reindex" or "api-key" or "export-static" or "backup" or "restore"))
        {
            return null;
        }

        if (args[0] == "api-key")
        {
            if (args.Length < 2 || string.IsNullOrWhiteSpace(args[1]) || args[1].StartsWith('-'))
            {
                throw new ArgumentException(ApiKeyCommand.Usage);
            }

            return new CliCommand(args[0], args[1].Trim(), args[2..]);
        }

        if (args[0] == "reindex")
        {
            var index = args.Length > 1 && !args[1].StartsWith('-') ? args[1] : "";
            if (index is not ("" or "external" or "internal"))
            {
                throw new ArgumentException("usage: dotnet run --project cms/Brand.Cms -- reindex [external|internal]");
            }

            return new CliCommand(args[0], index, args[(index.Length > 0 ? 2 : 1)..]);
        }

        if (args.Length < 2 || args[1].StartsWith('-'))
        {
            throw new ArgumentException($"usage: dotnet run --project cms/Brand.Cms -- {args[0]} DIR");
        }

        if (args[0] == "restore")
        {
            // `restore DIR --force`: the flag is the command's, the rest is the host's configuration.
            var rest = args[2..];
            return new CliCommand(args[0], args[1], [.. rest.Where(a => a != "--force")]) { Force = rest.Contains("--force") };
        }

        return new CliCommand(args[0], args[1], args[2..]);
    }

    /// <summary>`restore … --force`: replace a data folder that already holds data.</summary>
    public bool Force { get; private init; }

    /// <summary>True for `export-static`, which needs the whole pipeline serving (Program.cs runs it after MapSite).</summary>
    public bool ServesSite => Name == StaticExportCommand.Name;

    /// <summary>
    /// False for a command that runs without the host (<see cref="RunWithoutHost"/>), before it is built:
    /// `backup` and `restore` must not let start-up migrate, seed or open the database they save or replace.
    /// </summary>
    public bool NeedsHost => Name is not ("api-key" or "backup" or "restore");

    public async Task<int> RunWithoutHostAsync(TextWriter output) => Name switch
    {
        "api-key" => ApiKeyCommand.Run(Argument, output),
        "backup" => await BackupCommand.RunAsync(HostArgs, Path.GetFullPath(Argument), output),
        "restore" => RestoreCommand.Run(HostArgs, Path.GetFullPath(Argument), Force, output),
        _ => throw new InvalidOperationException($"'{Name}' runs with the host."),
    };

    public void Configure(IConfigurationManager configuration)
    {
        // An import into an empty database must give the imported site, not the seed plus the import.
        if (Name == "import")
        {
            configuration["Brand:SeedOnEmptyDatabase"] = "false";
        }
    }

    public async Task<int> RunAsync(IServiceProvider services)
    {
        if (Name == "reindex")
        {
            return await ReindexCommand.RunAsync(services.GetRequiredService<SearchIndexes>(), Argument, Console.Out);
        }

        var folder = Path.GetFullPath(Argument);
        switch (Name)
        {
            case StaticExportCommand.Name:
                throw new InvalidOperationException("export-static crawls the site it serves: Program.cs runs it once the pipeline is built.");
            case "export":
                var count = await services.GetRequiredService<ContentExporter>().ExportAsync(folder);
                Console.WriteLine($"Exported {count} items to {folder}");
                return 0;
            default:
                var progress = new Progress<(int Done, int Total)>(p =>
                {
                    if (p.Done % 50 == 0 || p.Done == p.Total)
                    {
                        Console.WriteLine($"  {p.Done}/{p.Total} items");
                    }
                });
                var report = await services.GetRequiredService<ContentImporter>().ImportAsync(folder, "import", progress);
                foreach (var error in report.Errors)
                {
                    await Console.Error.WriteLineAsync(error.ToString());
                }

                Console.WriteLine($"Imported from {folder}: {report.Created} created, {report.Updated} updated, {report.Published} published, {report.Errors.Count} errors");
                return report.Succeeded ? 0 : 1;
        }
    }
}
