namespace ParentPartner.Matching.Api.Features.Offers;

/// <summary>A support parent's reason for declining: a code only, so no free text leaves the service.</summary>
public enum DeclineReason
{
    NotAvailable,
    CaseloadFull,
    ConflictOfInterest,
    NotAGoodFit,
    Other,
}
