namespace Brand.Cms.Core;

/// <summary>
/// Work a module must finish before the app serves (its schema, its first user), run in registration
/// order after the engine's own start-up. A failure stops start-up like a broken configuration file does.
/// </summary>
public interface IStartupStep
{
    Task RunAsync(CancellationToken ct = default);
}
