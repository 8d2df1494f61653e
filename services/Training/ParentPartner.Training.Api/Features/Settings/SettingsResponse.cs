using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Features.Settings;

/// <summary>A program's training rules: waiting periods, due windows, cohort sizes, default caseload.</summary>
/// <param name="ProgramId">The program these settings belong to.</param>
/// <param name="TimeZone">The program's IANA time zone; dates and due days are counted in it.</param>
/// <param name="EligibilityMonths">Months after an applicant's own child-welfare case resolved before they may be certified.</param>
/// <param name="RecoveryMonths">Months in recovery required before certification.</param>
/// <param name="SupplementalDueDays">Days after certification within which each supplemental course is due.</param>
/// <param name="CohortMinSeats">Smallest minimum size a cohort may be given.</param>
/// <param name="CohortMaxSeats">Largest capacity a cohort may be given.</param>
/// <param name="DefaultMaxCaseload">Families a new support parent may carry at once unless set otherwise.</param>
/// <param name="UpdatedAt">When the settings last changed (UTC).</param>
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
