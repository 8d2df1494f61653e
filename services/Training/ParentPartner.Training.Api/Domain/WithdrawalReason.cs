namespace ParentPartner.Training.Api.Domain;

/// <summary>Why a support parent left training or the program: personal, moved away, not suitable, the program's decision, or other.</summary>
public enum WithdrawalReason
{
    Personal,
    MovedAway,
    NotSuitable,
    ProgramDecision,
    Other,
}
