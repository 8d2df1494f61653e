namespace ParentPartner.Referral.Api.Domain;

/// <summary>Parent to Parent ("p2p": a child's health need or disability) or a child-welfare parent partner program.</summary>
public enum ProgramKind
{
    P2p,
    ChildWelfare,
}
