namespace ParentPartner.Reporting.Api.Features.Settings;

/// <summary>On the wire as "p2p" or "child-welfare" (the kinds AnnualReportSubmitted carries).</summary>
public enum ProgramKind
{
    P2p,
    ChildWelfare,
}
