using ParentPartner.Scheduling.Api.Domain;

namespace ParentPartner.Scheduling.Api.Features.Plans;

/// <summary>
/// One plan item with its clock. <c>unit</c> says what <c>target</c> and <c>progress</c> count (contacts, visits or
/// minutes; none for items completed by hand); <c>owner</c> is who acts on it (support-parent or coordinator);
/// <c>overdue</c> is true while it is open past its due time; <c>overTarget</c> flags a month above the hours ceiling.
/// </summary>
public sealed record PlanItemResponse(
    Guid Id,
    Guid MatchId,
    PlanItemKind Kind,
    int Sequence,
    PlanItemStatus Status,
    string Owner,
    DateTimeOffset WindowStartsAt,
    DateTimeOffset DueAt,
    string? Unit,
    int Target,
    int? TargetMax,
    int Progress,
    bool Overdue,
    bool OverTarget,
    DateTimeOffset? OverdueAt,
    DateTimeOffset? MetAt,
    string? CompletedBy)
{
    public static PlanItemResponse From(PlanItem i, DateTimeOffset now) => new(
        i.Id, i.MatchId, i.Kind, i.Sequence, i.Status, i.IsCounted ? "support-parent" : "coordinator", i.WindowStartsAt, i.DueAt,
        UnitOf(i.Kind), i.Target, i.TargetMax, i.Progress, i.Status == PlanItemStatus.Open && i.DueAt <= now,
        i.TargetMax is { } max && i.Progress > max, i.OverdueAt, i.MetAt, i.CompletedBy);

    private static string? UnitOf(PlanItemKind kind) => kind switch
    {
        PlanItemKind.FirstContact or PlanItemKind.ContactsInFirstWeeks => "contacts",
        PlanItemKind.MonthlyVisits => "visits",
        PlanItemKind.MonthlyHours => "minutes",
        _ => null,
    };
}
