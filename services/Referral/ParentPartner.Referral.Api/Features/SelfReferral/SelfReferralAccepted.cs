using ParentPartner.Referral.Api.Domain;

namespace ParentPartner.Referral.Api.Features.SelfReferral;

/// <summary>What the form gets back: a reference to quote when the program calls, and nothing else.</summary>
/// <param name="ReferenceId">The reference to quote (the referral's id).</param>
/// <param name="Status">The referral's status: received.</param>
public sealed record SelfReferralAccepted(Guid ReferenceId, ReferralStatus Status);
