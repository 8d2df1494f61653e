using ParentPartner.Scheduling.Api.Domain;

namespace ParentPartner.Scheduling.Api.Features.Plans;

/// <summary>
/// One plan item with its clock. <c>unit</c> says what <c>target</c> and <c>progress</c> count (contacts, visits or
/// minutes; none for items completed by hand); <c>owner</c> is who acts on it (support-parent or coordinator);
/// <c>overdue</c> is true while it is open past its due time; <c>overTarget</c> flags a month above the hours ceiling.
/// </summary>
/// <param name="Id">The item's id.</param>
/// <param name="MatchId">The match it belongs to.</param>
/// <param name="Kind">Which obligation it is.</param>
/// <param name="Sequence">0 for single items; the month of the match (0, 1, 2…) for monthly visits and hours.</param>
/// <param name="Status">open, met or cancelled.</param>
/// <param name="Owner">Who acts on it: support-parent or coordinator.</param>
/// <param name="WindowStartsAt">When contacts start counting toward it (UTC).</param>
/// <param name="DueAt">When it falls due (UTC).</param>
/// <param name="Unit">What target and progress count: contacts, visits or minutes; null for items completed by hand.</param>
/// <param name="Target">How many are needed (0 for items completed by hand).</param>
/// <param name="TargetMax">For monthly hours, the most minutes a month should hold; null otherwise.</param>
/// <param name="Progress">How many counted so far.</param>
/// <param name="Overdue">True while open past its due time.</param>
/// <param name="OverTarget">True when a month holds more minutes than the maximum (flagged, not refused).</param>
/// <param name="OverdueAt">When it first went overdue (UTC); null if never.</param>
/// <param name="MetAt">When it was met or completed (UTC); null while open.</param>
/// <param name="CompletedBy">Who completed it by hand (account subject); null for items met by contacts.</param>
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
