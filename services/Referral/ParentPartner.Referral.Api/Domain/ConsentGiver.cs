namespace ParentPartner.Referral.Api.Domain;

/// <summary>Who agreed to the referral. Only the parent's own agreement counts; a third party's is refused.</summary>
public enum ConsentGiver
{
    Parent,
    ThirdParty,
}
