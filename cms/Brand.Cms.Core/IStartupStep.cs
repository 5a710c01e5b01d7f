namespace Brand.Cms.Core;

/// <summary>
/// Work a module must finish before the app serves (its schema, its first user), run in registration
/// order after the engine's migrations and seed, under the same cluster-wide turn (<see cref="Cluster.StartupLock"/>). A failure stops start-up like a broken configuration file does.
/// </summary>
public interface IStartupStep
{
    Task RunAsync(CancellationToken ct = default);
}
