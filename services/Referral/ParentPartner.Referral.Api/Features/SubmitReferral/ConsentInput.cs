namespace ParentPartner.Referral.Api.Features.SubmitReferral;

public sealed record ConsentInput
{
    public DateTimeOffset? GivenAt { get; init; }

    public string? Scope { get; init; }
}
