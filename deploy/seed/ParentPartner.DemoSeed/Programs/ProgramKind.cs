namespace ParentPartner.DemoSeed.Programs;

/// <summary>On the wire as "p2p" or "child-welfare", as referral and reporting spell it.</summary>
public enum ProgramKind
{
    P2p,
    ChildWelfare,
}
