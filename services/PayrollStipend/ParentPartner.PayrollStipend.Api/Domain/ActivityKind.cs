namespace ParentPartner.PayrollStipend.Api.Domain;

/// <summary>What paid work was: each kind has its own hourly rate in the pay policy.</summary>
public enum ActivityKind
{
    CourtHearing,
    FamilyTeamMeeting,
    OneToOne,
    Phone,
    SupportGroup,
    Training,
    Other,
}
