namespace ParentPartner.Scheduling.Api.Jobs;

/// <summary>What one sweep did: counts only.</summary>
public sealed record PlanSweepResult(DateTimeOffset At, int MonthsOpened, int ItemsOverdue, int AppointmentsNeedingOutcome, int RemindersQueued, int RemindersSent);
