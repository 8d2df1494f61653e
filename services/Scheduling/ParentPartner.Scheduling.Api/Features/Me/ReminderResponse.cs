using ParentPartner.Scheduling.Api.Domain;

namespace ParentPartner.Scheduling.Api.Features.Me;

/// <summary>A reminder as its recipient sees it; <c>channel</c> is dapr (sent by SMS or email) or local (this inbox only).</summary>
/// <param name="Id">The reminder's id.</param>
/// <param name="ProgramId">The program.</param>
/// <param name="Kind">What it reminds of.</param>
/// <param name="TargetId">The appointment or plan item it is about.</param>
/// <param name="Text">The message as sent.</param>
/// <param name="CreatedAt">When it was queued (UTC).</param>
/// <param name="SentAt">When it was sent (UTC); null while not sent.</param>
/// <param name="Channel">dapr (sent by SMS or email) or local (this inbox only); null while not sent.</param>
public sealed record ReminderResponse(Guid Id, string ProgramId, ReminderKind Kind, Guid TargetId, string Text, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, string? Channel)
{
    public static ReminderResponse From(Reminder r) => new(r.Id, r.ProgramId, r.Kind, r.TargetId, r.Text, r.CreatedAt, r.SentAt, r.Channel);
}
