namespace ParentPartner.Matching.Api.Features.Offers;

/// <summary>Why a coordinator withdrew an open offer: a code only, so no free text leaves the service.</summary>
public enum WithdrawReason
{
    SupportParentUnreachable,
    SupportParentUnavailable,
    ConflictOfInterest,
    FamilyRequest,
    Other,
}
