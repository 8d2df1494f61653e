using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ParentPartner.ServiceDefaults.Data;

public static class DbUpdateExceptionExtensions
{
    /// <summary>A concurrent writer inserted the same key first.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) => exception.ViolatedUniqueConstraint() is not null;

    /// <summary>The unique constraint (or index) the save broke, or null when it broke none.</summary>
    public static string? ViolatedUniqueConstraint(this DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique ? unique.ConstraintName ?? "" : null;
}
