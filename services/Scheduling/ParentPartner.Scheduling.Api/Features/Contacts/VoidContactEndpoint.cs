using System.Security.Claims;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Features.Common;
using ParentPartner.ServiceDefaults.Idempotency;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Scheduling.Api.Features.Contacts;

public static class VoidContactEndpoint
{
    public static RouteHandlerBuilder MapVoidContact(this RouteGroupBuilder program) =>
        program.MapPost("/contacts/{contactId:guid}/void", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(SchedulingRoles.Attendees))
            .WithValidation()
            .WithIdempotency<SchedulingDbContext>()
            .WithName("VoidContact")
            .WithSummary("Withdraw a contact logged in error, with a reason: it stops counting and paying (a voided revision of it is published)")
            .Produces<ContactResponse>()
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static Task<IResult> HandleAsync(
        string programId, Guid contactId, VoidContactRequest request, SchedulingDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        ContactChange.ApplyAsync(programId, contactId, request.Reason!, db, clock, user,
            (contact, _, _, now) =>
            {
                contact.Voided = true;
                contact.UpdatedAt = now;
                return null;
            },
            cancellationToken);
}
