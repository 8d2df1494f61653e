namespace ParentPartner.PayrollStipend.Api.Domain;

/// <summary>
/// The code a line is paid under: one per activity kind (hours), mileage, the match stipend, the training
/// attendance stipend, the monthly cap, and a manual adjustment. The payroll CSV has one row per person and code.
/// </summary>
public enum EarningsCode
{
    CourtHearing,
    FamilyTeamMeeting,
    OneToOne,
    Phone,
    SupportGroup,
    Training,
    Other,
    Mileage,
    MatchStipend,
    TrainingStipend,
    MonthlyCap,
    Adjustment,
}
