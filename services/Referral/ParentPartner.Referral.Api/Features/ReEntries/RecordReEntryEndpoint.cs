using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Referral.Api.Data;
using ParentPartner.Referral.Api.Domain;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Idempotency;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Time;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Referral.Api.Features.ReEntries;

public static class RecordReEntryEndpoint
{
    public static RouteHandlerBuilder MapRecordReEntry(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/re-entries", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator))
            .WithValidation()
            .WithIdempotency<ReferralDbContext>()
            .WithName("RecordReEntry")
            .WithSummary("Record that a child of a reunified family re-entered care, when it happens (followed for 24 months after reunification)")
            .WithDescription($"Only for a referral closed with reunification (409 otherwise); the day must fall between the reunification and today, at most 24 months on (422). The same day twice is a 409. Honours {IdempotencyFilter.HeaderName}.")
            .Produces<ReEntryResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> HandleAsync(
        Guid id, ReEntryRequest request, ReferralDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await db.Referrals.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } referral)
        {
            return Problem.NotFound("referral");
        }
        if (!referral.IsReunified)
        {
            return Problem.Conflict("A re-entry into care follows a reunification: this referral is not closed with reunification.");
        }
        if (referral.PersonalDataErasedAt is not null)
        {
            return Problem.Conflict("The family revoked consent: nothing more is recorded about it.");
        }

        var now = clock.Now();
        var zone = await db.Programs.Where(p => p.ProgramId == referral.ProgramId).Select(p => p.TimeZone).FirstOrDefaultAsync(cancellationToken);
        var calendar = ProgramCalendar.For(ProgramCalendar.IsKnownZone(zone) ? zone! : "UTC");
        // Older rows closed before the end time was kept: the closing step's time stands in.
        var closedAt = referral.ClosedAt ?? await db.StatusChanges
            .Where(c => c.ReferralId == id && c.To == ReferralStatus.Closed).MaxAsync(c => (DateTimeOffset?)c.ChangedAt, cancellationToken) ?? referral.StatusChangedAt;
        var reunifiedOn = DateOnly.FromDateTime(calendar.DateOf(closedAt).ToDateTimeUnspecified());
        var today = DateOnly.FromDateTime(calendar.Today(now).ToDateTimeUnspecified());
        var enteredCareOn = request.EnteredCareOn!.Value;

        var errors = new FieldErrors();
        if (enteredCareOn < reunifiedOn)
        {
            errors.Add("enteredCareOn", $"is before the reunification ({reunifiedOn:yyyy-MM-dd}).");
        }
        else if (enteredCareOn > today)
        {
            errors.Add("enteredCareOn", $"is after today ({today:yyyy-MM-dd} on the program's calendar): a re-entry is recorded once it has happened.");
        }
        else if (enteredCareOn > ReEntryWindow.LastFollowedDay(reunifiedOn))
        {
            errors.Add("enteredCareOn", $"is more than {ReEntryWindow.FollowedMonths} months after the reunification ({reunifiedOn:yyyy-MM-dd}): re-entry is followed for {ReEntryWindow.FollowedMonths} months.");
        }
        if (!errors.IsEmpty)
        {
            return errors.ToProblem(StatusCodes.Status422UnprocessableEntity, "A re-entry falls between the reunification and today, within 24 months.");
        }
        if (await db.ReEntries.AnyAsync(r => r.ReferralId == id && r.EnteredCareOn == enteredCareOn, cancellationToken))
        {
            return Problem.Conflict($"A re-entry on {enteredCareOn:yyyy-MM-dd} is already recorded for this referral.");
        }

        var reEntry = new ReEntry
        {
            Id = Guid.CreateVersion7(now),
            ReferralId = id,
            ProgramId = referral.ProgramId,
            MatchId = referral.MatchId,
            ReunifiedOn = reunifiedOn,
            EnteredCareOn = enteredCareOn,
            RecordedAt = now,
            RecordedBy = user.SubjectId(),
        };
        db.ReEntries.Add(reEntry);
        db.PublishReEntry(reEntry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return Problem.Conflict($"A re-entry on {enteredCareOn:yyyy-MM-dd} was recorded for this referral by another request at the same time.");
        }
        return TypedResults.Created($"/api/referrals/{id}/re-entries", ReEntryResponse.From(reEntry));
    }
}
