using ParentPartner.Contracts.Scheduling;

namespace ParentPartner.Testing.Builders.Scheduling;

/// <summary>PlanItemOverdue events as scheduling's sweep raises them, for reporting's tests.</summary>
public sealed class PlanItemOverdueBuilder(string programId)
{
    /// <summary>A plan item of <paramref name="kind"/> (first-contact, monthly-hours, two-month-check-in…) due at <paramref name="dueAt"/>.</summary>
    public PlanItemOverdue Overdue(string kind, DateTimeOffset dueAt, Guid? planItemId = null) => new()
    {
        PlanItemId = planItemId ?? Guid.NewGuid(),
        ProgramId = programId,
        MatchId = Guid.NewGuid(),
        Kind = kind,
        DueAt = dueAt,
        OccurredAt = dueAt.AddMinutes(15),
    };
}
