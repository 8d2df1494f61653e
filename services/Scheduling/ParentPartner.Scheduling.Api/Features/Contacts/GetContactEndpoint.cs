using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Features.Common;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Http;

namespace ParentPartner.Scheduling.Api.Features.Contacts;

public static class GetContactEndpoint
{
    public static RouteHandlerBuilder MapGetContact(this RouteGroupBuilder program) =>
        program.MapGet("/contacts/{contactId:guid}", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(SchedulingRoles.Attendees))
            .WithAccessPurpose("case-work")
            .WithName("GetContact")
            .WithSummary("One contact with every revision (what changed, why, by whom); a support parent sees only their own")
            .Produces<ContactResponse>();

    private static async Task<IResult> HandleAsync(string programId, Guid contactId, SchedulingDbContext db, ClaimsPrincipal user, HttpContext http, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.AsNoTracking().Visible(programId, user).FirstOrDefaultAsync(c => c.Id == contactId, cancellationToken);
        if (contact is null)
        {
            return Problem.NotFound("contact");
        }
        var revisions = await db.ContactRevisions.AsNoTracking().Where(r => r.ContactId == contactId).ToListAsync(cancellationToken);
        await db.RecordReadAsync(http, programId, contact.MatchId, "contact", contact.Id, SchedulingAudit.ContactFields, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ContactResponse.From(contact, revisions));
    }
}
