namespace Brand.Cms.Tests.Infrastructure;

/// <summary>Configuration folders for tests: the real umbraco.config, or an editable copy of it.</summary>
public static class TestConfig
{
    /// <summary>The repository's umbraco.config, as copied beside the test binaries.</summary>
    public static string Real => Path.Combine(AppContext.BaseDirectory, "umbraco.config");

    /// <summary>A private copy a test may change (add a property, break a file).</summary>
    public static string Copy(bool withSeed = true)
    {
        var target = Directory.CreateTempSubdirectory("brand-config-").FullName;
        foreach (var file in Directory.EnumerateFiles(Real, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Real, file);
            if (!withSeed && relative.StartsWith("seed", StringComparison.Ordinal))
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
