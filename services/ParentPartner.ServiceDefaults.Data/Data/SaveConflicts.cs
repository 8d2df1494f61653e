using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.ServiceDefaults.Data;

public static class SaveConflicts
{
    /// <summary>
    /// Two writers at once (the last seat, a sweep and an answer, the same thing created twice): the loser's save
    /// fails its row-version or unique check and gets a 409 to read again and retry, never a 500. A unique index
    /// can name what it protects in <paramref name="uniqueIndexMessages"/> (index name → the 409's detail).
    /// </summary>
    public static TBuilder TranslateSaveConflicts<TBuilder>(this TBuilder builder, IReadOnlyDictionary<string, string>? uniqueIndexMessages = null)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Problem.Conflict("Someone changed this at the same moment; read it again and retry.");
            }
            catch (DbUpdateException ex) when (ex.IsUniqueViolation())
            {
                return Problem.Conflict(ex.ViolatedUniqueConstraint() is { } index && uniqueIndexMessages?.GetValueOrDefault(index) is { } message
                    ? message
                    : "That already exists.");
            }
        });
}
