namespace ParentPartner.Referral.Api.Domain;

/// <summary>Who referred the family. On the wire as kebab-case ("child-welfare-agency").</summary>
public enum ReferralSource
{
    Self,
    HospitalOrClinic,
    ChildWelfareAgency,
    Court,
    School,
    CommunityOrganisation,
    Other,
}
