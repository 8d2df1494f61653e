using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Domain;
using ParentPartner.ServiceDefaults.Auth;

namespace ParentPartner.PayrollStipend.Api.Features.Me;

/// <summary>The caller's own payee records: matched on the token's subject, within the token's programs (the query filter).</summary>
public static class MyPayees
{
    public static IQueryable<Payee> Of(PayrollStipendDbContext db, ClaimsPrincipal user)
    {
        var subject = user.SubjectId() ?? "";
        return db.Payees.Where(p => p.UserSubject == subject);
    }
}
