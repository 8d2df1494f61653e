namespace ParentPartner.Scheduling.Api.Domain;

/// <summary>What the meeting is; on the wire court-hearing, family-team-meeting, one-to-one, support-group, supervision, training.</summary>
public enum AppointmentKind
{
    CourtHearing,
    FamilyTeamMeeting,
    OneToOne,
    SupportGroup,
    Supervision,
    Training,
}
