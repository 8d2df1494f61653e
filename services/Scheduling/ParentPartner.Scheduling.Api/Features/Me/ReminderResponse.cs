using ParentPartner.Scheduling.Api.Domain;

namespace ParentPartner.Scheduling.Api.Features.Me;

/// <summary>A reminder as its recipient sees it; <c>channel</c> is dapr (sent by SMS or email) or local (this inbox only).</summary>
public sealed record ReminderResponse(Guid Id, string ProgramId, ReminderKind Kind, Guid TargetId, string Text, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, string? Channel)
{
    public static ReminderResponse From(Reminder r) => new(r.Id, r.ProgramId, r.Kind, r.TargetId, r.Text, r.CreatedAt, r.SentAt, r.Channel);
}
