using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Referral.Api.Data;
using ParentPartner.Referral.Api.Domain;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Idempotency;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Referral.Api.Features.RevokeConsent;

public static class RevokeConsentEndpoint
{
    public const string Reason = "consent-revoked";

    public static RouteHandlerBuilder MapRevokeConsent(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/consent-revocation", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator, Roles.ProgramAdmin))
            .WithValidation()
            .WithName("RevokeReferralConsent")
            .WithSummary("The parent revoked consent: erase their personal data here, withdraw the referral if still open, and tell every service to erase theirs")
            .Produces<ConsentRevocationResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> HandleAsync(
        Guid id, RevokeConsentRequest? request, ReferralDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var referral = await db.Referrals.Include(r => r.StatusHistory).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (referral is null)
        {
            return Problem.NotFound("referral");
        }
        if (referral.PersonalDataErasedAt is not null)
        {
            return Problem.Conflict("Consent was already revoked and the family's data erased.");
        }
        var now = clock.GetUtcNow();
        if (request?.RevokedAt > now.AddMinutes(5))
        {
            return new FieldErrors().Add("revokedAt", "cannot be in the future.").ToProblem();
        }

        referral.Consent.RevokedAt = request?.RevokedAt ?? now;
        // Only a referral still open becomes withdrawn: a settled one (closed after its match, information-only)
        // keeps its status, because the status machine allows no move out of it; the erasure happens either way.
        if (referral.MoveTo(ReferralStatus.Withdrawn, now, user.SubjectId() ?? "unknown", Reason, note: null) is { } change)
        {
            // Added explicitly: found only through the loaded history, a change with its id already set would be taken for an existing row.
            db.StatusChanges.Add(change);
            db.PublishTransition(referral, change, kind: null);
        }
        referral.ErasePersonalData(now);
        db.PublishConsentRevoked(referral, now);

        // A replayed POST must not hand the erased data back: stored responses about this referral lose their bodies.
        var prefix = $"/api/referrals/{id}";
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<IdempotencyRecord>()
            .Where(r => r.Location != null && (r.Location.StartsWith(prefix) || r.Location == $"/api/referrals/referred/{id}"))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ResponseBody, (string?)null), cancellationToken);
        await db.EraseSentAsync(referral.Id, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problem.Conflict("The referral changed while this request was made; retry.");
        }
        await transaction.CommitAsync(cancellationToken);

        return TypedResults.Ok(new ConsentRevocationResponse(referral.Id, referral.Status, referral.Consent.RevokedAt.Value, now));
    }
}
