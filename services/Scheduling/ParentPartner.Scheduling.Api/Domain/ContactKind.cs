namespace ParentPartner.Scheduling.Api.Domain;

/// <summary>What the contact was; on the wire court-hearing, family-team-meeting, one-to-one, phone, text, support-group, other.</summary>
public enum ContactKind
{
    CourtHearing,
    FamilyTeamMeeting,
    OneToOne,
    Phone,
    Text,
    SupportGroup,
    Other,
}
