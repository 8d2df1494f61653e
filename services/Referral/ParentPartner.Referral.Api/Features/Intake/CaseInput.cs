using ParentPartner.Referral.Api.Domain;

namespace ParentPartner.Referral.Api.Features.Intake;

/// <summary>For child welfare: where the family's case stands.</summary>
public sealed record CaseInput
{
    /// <summary>The case's stage.</summary>
    public CaseStage? Stage { get; init; }
}
