namespace ParentPartner.DemoSeed.Referrals;

public enum ReferralStatus
{
    Received,
    Screened,
    ReadyForMatching,
    InformationOnly,
    Matched,
    Closed,
    Withdrawn,
}
