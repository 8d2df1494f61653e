using ParentPartner.Referral.Api.Domain;

namespace ParentPartner.Referral.Api.Features.SubmitReferral;

public sealed record ConsentInput
{
    public DateTimeOffset? GivenAt { get; init; }

    public string? Scope { get; init; }

    /// <summary>Who agreed; omitted means the parent. A third party's agreement is refused (422).</summary>
    public ConsentGiver? GivenBy { get; init; }
}
