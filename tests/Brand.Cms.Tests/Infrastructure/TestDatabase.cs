using Brand.Cms.Core.Storage;
using Npgsql;

namespace Brand.Cms.Tests.Infrastructure;

/// <summary>A fresh, empty database for one test: a SQLite file, or a new database on the test PostgreSQL server.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract DatabaseProvider Provider { get; }
    public abstract string ConnectionString { get; }

    public static TestDatabase Create(DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite ? new SqliteTestDatabase() : PostgresTestDatabase.Create();

    public abstract ValueTask DisposeAsync();
}

public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _folder = Directory.CreateTempSubdirectory("brand-sqlite-").FullName;

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    public override string ConnectionString => $"Data Source={Path.Combine(_folder, "brand.db")};Pooling=False";

    public override ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finishing background task; the temp folder is cleaned by the OS.
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// A database on the server the test command starts (BRAND_TEST_POSTGRES). Without it the PostgreSQL
/// tests fail loudly: a silently skipped provider would be an untested provider.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    public const string ServerVariable = "BRAND_TEST_POSTGRES";
    private readonly string _server;
    private readonly string _name;

    private PostgresTestDatabase(string server, string name)
    {
        _server = server;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString;
    }

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
    public override string ConnectionString { get; }

    public static PostgresTestDatabase Create()
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"{ServerVariable} is not set: run the tests with `bash tests/run-all.sh`, which starts a PostgreSQL server.");
        }

        var name = "brand_test_" + Guid.NewGuid().ToString("N")[..12];
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        command.ExecuteNonQuery();
        return new PostgresTestDatabase(server, name);
    }

    /// <summary>Makes the database unreachable (for health tests): connections are cut and the database dropped.</summary>
    public async Task DropAsync()
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    public override async ValueTask DisposeAsync() => await DropAsync();
}
