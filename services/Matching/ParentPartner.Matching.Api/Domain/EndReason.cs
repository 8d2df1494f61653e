namespace ParentPartner.Matching.Api.Domain;

/// <summary>Why a match ended (on the wire in kebab-case).</summary>
public enum EndReason
{
    GoalsMet,
    FamilyWithdrew,
    Reunified,
    CaseClosed,
    Other,
}
