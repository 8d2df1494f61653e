using ParentPartner.Referral.Api.Domain;

namespace ParentPartner.Referral.Api.Features.SubmitReferral;

/// <summary>The parent's consent to be referred and matched: when it was given and what it covers.</summary>
public sealed record ConsentInput
{
    /// <summary>When the consent was given (not in the future).</summary>
    public DateTimeOffset? GivenAt { get; init; }

    /// <summary>What the parent agreed to, as a kebab-case code (e.g. "referral-and-matching").</summary>
    public string? Scope { get; init; }

    /// <summary>Who agreed; omitted means the parent. A third party's agreement is refused (422).</summary>
    public ConsentGiver? GivenBy { get; init; }
}
