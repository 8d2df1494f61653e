using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Features.Settings;

public sealed record SettingsResponse(
    string ProgramId,
    string TimeZone,
    int EligibilityMonths,
    int RecoveryMonths,
    int SupplementalDueDays,
    int CohortMinSeats,
    int CohortMaxSeats,
    int DefaultMaxCaseload,
    DateTimeOffset UpdatedAt)
{
    public static SettingsResponse From(TrainingSettings s) => new(
        s.ProgramId, s.TimeZone, s.EligibilityMonths, s.RecoveryMonths, s.SupplementalDueDays, s.CohortMinSeats, s.CohortMaxSeats, s.DefaultMaxCaseloadPerParent, s.UpdatedAt);
}
