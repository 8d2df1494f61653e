using Npgsql;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.ServiceDefaults.Data;

/// <summary>
/// PostgreSQL down, restarting or refusing connections, wherever EF Core wrapped the failure: Npgsql marks those
/// transient (connection refused, a broken stream, admin shutdown, cannot connect now). When the server goes away in
/// the middle of a transaction, Npgsql can also refuse the next use of that broken connection or transaction with an
/// InvalidOperationException of its own, which is the same outage seen one step later.
/// </summary>
public sealed class DatabaseUnavailable : IUnavailableDependency
{
    private static readonly System.Reflection.Assembly Npgsql = typeof(NpgsqlException).Assembly;

    public string? Unavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is NpgsqlException { IsTransient: true }
                || (current is InvalidOperationException && current.TargetSite?.DeclaringType?.Assembly == Npgsql))
            {
                return "database";
            }
        }
        return null;
    }
}
