using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.ServiceDefaults.Tests;

/// <summary>Which database failures answer 503 (try again) rather than 500 (our bug).</summary>
public sealed class DatabaseUnavailableTests
{
    private static readonly DatabaseUnavailable Classifier = new();

    public static TheoryData<Exception> Outages() =>
    [
        new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)),
        new DbUpdateException("wrapped", new NpgsqlException("Exception while reading from stream", new IOException("reset"))),
        new InvalidOperationException("likely a transient failure", new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01")),
        new PostgresException("the database system is starting up", "FATAL", "FATAL", "57P03"),
    ];

    public static TheoryData<Exception> Bugs() =>
    [
        new PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", "23505"),
        new PostgresException("column does not exist", "ERROR", "ERROR", "42703"),
        new InvalidOperationException("Sequence contains no elements"),
        new DbUpdateException("wrapped", new PostgresException("value too long", "ERROR", "ERROR", "22001")),
    ];

    [Theory]
    [MemberData(nameof(Outages))]
    public void An_outage_of_the_server_is_unavailable(Exception outage) => Assert.Equal("database", Classifier.Unavailable(outage));

    [Theory]
    [MemberData(nameof(Bugs))]
    public void A_refused_statement_or_our_own_mistake_is_not(Exception bug) => Assert.Null(Classifier.Unavailable(bug));
}
