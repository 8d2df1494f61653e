using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ParentPartner.Reporting.Api.Data;

public static class DbUpdateExceptionExtensions
{
    /// <summary>A concurrent request inserted the same key first.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
