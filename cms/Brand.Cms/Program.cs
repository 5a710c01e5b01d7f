using Brand.Backoffice;
using Brand.Cms;
using Brand.Cms.Commands;
using Brand.Cms.Core;
using Brand.Cms.Core.Network;
using Brand.Cms.Core.SelfDiagnostic;
using Brand.Cms.Health;
using Brand.Cms.Site;
using Brand.Cms.StaticExport;
using Brand.PublicApi;

// `dotnet run -- export DIR` and friends run a command against the same services instead of serving.
CliCommand? command;
try
{
    command = CliCommand.Parse(args);
}
catch (ArgumentException usage)
{
    await Console.Error.WriteLineAsync(usage.Message);
    return 2;
}

if (command is { NeedsHost: false })
{
    return await command.RunWithoutHostAsync(Console.Out);
}

var builder = WebApplication.CreateBuilder(command?.HostArgs ?? args);
command?.Configure(builder.Configuration);

builder.Services.AddBrandCms(builder.Configuration);
builder.Services.AddSelfDiagnostic();
builder.Services.AddNetwork();
builder.Services.AddBrandHealth();
builder.AddSite();
builder.Services.AddPublicApi();
builder.Services.AddBackoffice();
builder.Services.AddStaticExport();
if (command is { ServesSite: true })
{
    builder.ForStaticExport();
}

var app = builder.Build();
if (!await StartupGuard.InitializeAsync(app))
{
    return 1;
}

if (command is { ServesSite: false })
{
    return await command.RunAsync(app.Services);
}

app.UseSite();
app.UseBackoffice();
app.UsePublicApi();
app.MapBrandHealth();
app.MapPublicApi();
app.MapBackoffice();
app.MapSite();
if (command is not null)
{
    // export-static: the site above, on a loopback port, crawled into static files.
    return await StaticExportCommand.RunAsync(app, command.Argument, Console.Out);
}

await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
