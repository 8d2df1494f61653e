namespace ParentPartner.Matching.Api.Domain;

/// <summary>Where a referral stands in its program's queue.</summary>
public enum QueueStatus
{
    Waiting,
    Offered,
    Matched,
    Withdrawn,
}
