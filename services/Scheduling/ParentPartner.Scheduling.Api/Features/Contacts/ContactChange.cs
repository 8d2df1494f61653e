using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.Scheduling.Api.Features.Common;
using ParentPartner.Scheduling.Api.Features.Plans;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.Scheduling.Api.Features.Contacts;

/// <summary>Correcting and voiding: find the caller's contact under its match's lock, change it, save a new revision.</summary>
public static class ContactChange
{
    public static async Task<IResult> ApplyAsync(
        string programId, Guid contactId, string reason, SchedulingDbContext db, TimeProvider clock, ClaimsPrincipal user,
        Func<Contact, ScheduledMatch, FollowUpSettings, DateTimeOffset, IResult?> change, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginOwnTransactionAsync(cancellationToken);
        var matchId = await db.Contacts.AsNoTracking().Visible(programId, user).Where(c => c.Id == contactId).Select(c => (Guid?)c.MatchId).FirstOrDefaultAsync(cancellationToken);
        if (matchId is null)
        {
            return Problem.NotFound("contact");
        }
        await db.LockMatchAsync(matchId.Value, cancellationToken);
        var contact = await db.Contacts.SingleAsync(c => c.Id == contactId, cancellationToken);
        if (contact.Voided)
        {
            return Problem.Conflict("The contact was voided; log a new one instead.");
        }
        var match = await db.Matches.AsNoTracking().SingleAsync(m => m.MatchId == contact.MatchId, cancellationToken);
        var settings = await db.FollowUpSettingsForAsync(programId, cancellationToken);
        var now = clock.Now();
        if (change(contact, match, settings, now) is { } problem)
        {
            return problem;
        }
        contact.Revision++;
        await db.SaveRevisionAsync(contact, match, settings, reason.Trim(), user, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(ContactResponse.From(contact));
    }
}
