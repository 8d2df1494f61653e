using System.Security.Claims;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Features.Common;
using ParentPartner.ServiceDefaults.Idempotency;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Scheduling.Api.Features.Contacts;

public static class CorrectContactEndpoint
{
    public static RouteHandlerBuilder MapCorrectContact(this RouteGroupBuilder program) =>
        program.MapPut("/contacts/{contactId:guid}", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(SchedulingRoles.Attendees))
            .WithValidation()
            .WithIdempotency<SchedulingDbContext>()
            .WithName("CorrectContact")
            .WithSummary("Correct a logged contact with a reason: a new revision (the old one is kept), a new ContactLogged, and the plan recounted")
            .Produces<ContactResponse>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static Task<IResult> HandleAsync(
        string programId, Guid contactId, ContactCorrectionRequest request, SchedulingDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        ContactChange.ApplyAsync(programId, contactId, request.Reason!, db, clock, user,
            (contact, match, settings, now) => ContactRules.Apply(contact, request, match, settings, now), cancellationToken);
}
