using ParentPartner.Referral.Api.Domain;

namespace ParentPartner.Referral.Api.Features.SelfReferral;

/// <summary>What the form gets back: a reference to quote when the program calls, and nothing else.</summary>
public sealed record SelfReferralAccepted(Guid ReferenceId, ReferralStatus Status);
