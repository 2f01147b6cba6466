using System.Diagnostics;
using Npgsql;

namespace Indikator.Core.Tests.Data.Sources;

/// <summary>
/// The PostgreSQL server the tests run against. <c>.ci/run</c> starts a throwaway cluster and sets INDIKATOR_TEST_PG to its
/// connection string. Without that variable, on CI the fixture fails; locally it starts its own cluster with
/// scripts/test-postgres.sh when pg_ctl and initdb are installed, and fails with instructions otherwise. The tests never
/// skip: a test that cannot reach its server fails.
/// </summary>
public sealed class PostgreSqlServer : IDisposable
{
    private const string Variable = "INDIKATOR_TEST_PG";

    // Test classes run in parallel and each has its own fixture: they share one local cluster, stopped by the last user.
    private static readonly object Gate = new();
    private static (string Connection, string? Folder, string? Error)? _shared;
    private static int _users;

    private readonly string? _ownCluster;
    private readonly string? _error;
    private readonly string _connectionString = string.Empty;

    public PostgreSqlServer()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            _connectionString = fromEnvironment;
        }
        else if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            _error = $"{Variable} is not set: .ci/run starts a PostgreSQL cluster and sets it; run the tests through .ci/run.";
        }
        else
        {
            lock (Gate)
            {
                _shared ??= StartOwnCluster();
                _users++;
                (_connectionString, _ownCluster, _error) = _shared.Value;
            }
        }

        if (_error is null)
        {
            // A fresh schema per test run, so that tests never see tables of an earlier run.
            Schema = "indikator_test_" + Guid.NewGuid().ToString("N")[..12];
            Execute($"create schema {Schema}");
        }
    }

    /// <summary>Gets the schema the tests create their tables in.</summary>
    public string Schema { get; } = string.Empty;

    /// <summary>Gets the connection string, failing the test with instructions when there is no server.</summary>
    public string ConnectionString => _error is null ? _connectionString : throw new InvalidOperationException(_error);

    public NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public void Execute(string sql)
    {
        using var connection = Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (_error is null)
        {
            Execute($"drop schema if exists {Schema} cascade");
        }

        if (_ownCluster is null)
        {
            return;
        }

        lock (Gate)
        {
            if (--_users == 0)
            {
                Script("stop", _ownCluster);
                _shared = null;
            }
        }
    }

    private static (string, string?, string?) StartOwnCluster()
    {
        const string Help = "Install PostgreSQL (apt-get install -y postgresql) so that scripts/test-postgres.sh can start a throwaway cluster, "
            + $"or set {Variable} to a connection string of a server where the tests may create schemas.";
        var (code, output) = Script("start");
        if (code != 0)
        {
            return (string.Empty, null, $"{Variable} is not set and no local cluster could be started ({output.Trim()}). {Help}");
        }

        string? connection = null, folder = null;
        foreach (var line in output.Split('\n'))
        {
            var text = line.Trim();
            if (text.StartsWith($"export {Variable}='", StringComparison.Ordinal))
            {
                connection = text[$"export {Variable}='".Length..^1];
            }
            else if (text.StartsWith($"export {Variable}_DIR='", StringComparison.Ordinal))
            {
                folder = text[$"export {Variable}_DIR='".Length..^1];
            }
        }

        return connection is null || folder is null
            ? (string.Empty, folder, $"scripts/test-postgres.sh printed no connection string. {Help}")
            : (connection, folder, null);
    }

    private static (int Code, string Output) Script(params string[] arguments)
    {
        var script = Path.Combine(RepositoryFiles.Root(), "scripts", "test-postgres.sh");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, process.ExitCode == 0 ? output : error.Result);
    }
}
