using System.Security.Claims;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.Scheduling.Api.Events;
using ParentPartner.Scheduling.Api.Features.Appointments;
using ParentPartner.Scheduling.Api.Features.Plans;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Time;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Scheduling.Api.Features.Contacts;

/// <summary>What logging, correcting and voiding a contact share: the time rules, the audit row, the event and the recount.</summary>
public static class ContactRules
{
    /// <summary>A phone's clock a little ahead of the server's is not a contact in the future.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Applies the request to the contact, or returns the 422 that stops it (nothing applied then).</summary>
    public static IResult? Apply(Contact contact, ContactRequest request, ScheduledMatch match, FollowUpSettings settings, DateTimeOffset now)
    {
        var startedAt = request.StartedAt!.Value.ToUniversalTime();
        var rules = new FieldErrors();
        if (startedAt > now + ClockSkew)
        {
            rules.Add("startedAt", "is in the future: log a contact once it has happened (book an appointment for one planned).");
        }
        if (startedAt < match.MadeAt)
        {
            rules.Add("startedAt", "is before the match was made.");
        }
        if (match.EndedAt is { } ended && startedAt > ended)
        {
            rules.Add("startedAt", "is after the match ended.");
        }
        if (!rules.IsEmpty)
        {
            return rules.ToProblem(StatusCodes.Status422UnprocessableEntity, "The contact breaks a follow-up rule.");
        }
        contact.Kind = request.Kind!.Value;
        contact.Mode = request.Mode!.Value;
        contact.StartedAt = startedAt;
        contact.OccurredOn = ProgramCalendar.For(settings.TimeZone).DateOf(startedAt).ToDateOnly();
        contact.Minutes = request.Minutes!.Value;
        contact.Miles = request.Miles ?? 0m;
        contact.Notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim();
        contact.UpdatedAt = now;
        return null;
    }

    /// <summary>
    /// Saves the contact's new revision with its audit row and its ContactLogged event, then recounts the match's
    /// plan. Call inside a transaction that holds the match's lock.
    /// </summary>
    public static async Task SaveRevisionAsync(this SchedulingDbContext db, Contact contact, ScheduledMatch match, FollowUpSettings settings,
        string? reason, ClaimsPrincipal user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ContactRevisions.Add(ContactRevision.Of(contact, reason, user.SubjectId(), now));
        db.Publish(SchedulingEvents.Logged(contact));
        await db.SaveChangesAsync(cancellationToken);
        await db.AddMonthlyHoursAsync(match, settings, contact.StartedAt, cancellationToken);
        await db.RecountAsync(match.MatchId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
