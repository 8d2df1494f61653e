using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Scheduling.Api.Domain;

/// <summary>
/// One item of a match's follow-up plan with its SLA clock. Counted items (contacts, visits, hours) are met by
/// the contacts logged within [<see cref="WindowStartsAt"/>, <see cref="DueAt"/>); the others are completed by a
/// coordinator. <see cref="OverdueAt"/> is set once, by the sweep that raised PlanItemOverdue, and stays set
/// when the item is met late (reporting counts both).
/// </summary>
public sealed class PlanItem : IProgramOwned
{
    public Guid Id { get; init; }

    public required string ProgramId { get; init; }

    public Guid MatchId { get; init; }

    public PlanItemKind Kind { get; init; }

    /// <summary>0 for single items; the month of the match (0, 1, 2…) for monthly visits and hours.</summary>
    public int Sequence { get; init; }

    public DateTimeOffset WindowStartsAt { get; init; }

    public DateTimeOffset DueAt { get; init; }

    /// <summary>What meets a counted item: contacts, visits, or minutes. 0 for items completed by hand.</summary>
    public int Target { get; init; }

    /// <summary>For monthly hours: the most minutes a month should hold (10 hours by default); more is flagged, not refused.</summary>
    public int? TargetMax { get; init; }

    /// <summary>Contacts, visits or minutes counted so far.</summary>
    public int Progress { get; set; }

    public PlanItemStatus Status { get; set; }

    public DateTimeOffset? MetAt { get; set; }

    /// <summary>Who completed an item by hand (account subject); null for items met by contacts.</summary>
    public string? CompletedBy { get; set; }

    public DateTimeOffset? OverdueAt { get; set; }

    /// <summary>The items met by contacts; they are the support parent's, the others the coordinator's. One list for code and queries.</summary>
    public static readonly PlanItemKind[] CountedKinds =
        [PlanItemKind.FirstContact, PlanItemKind.ContactsInFirstWeeks, PlanItemKind.MonthlyVisits, PlanItemKind.MonthlyHours];

    public bool IsCounted => CountedKinds.Contains(Kind);

}
