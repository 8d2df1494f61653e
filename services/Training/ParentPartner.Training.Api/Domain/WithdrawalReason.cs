namespace ParentPartner.Training.Api.Domain;

public enum WithdrawalReason
{
    Personal,
    MovedAway,
    NotSuitable,
    ProgramDecision,
    Other,
}
