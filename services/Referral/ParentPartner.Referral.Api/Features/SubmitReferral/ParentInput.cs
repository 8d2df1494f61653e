namespace ParentPartner.Referral.Api.Features.SubmitReferral;

public sealed record ParentInput
{
    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public List<string?>? PreferredLanguages { get; init; }

    public string? County { get; init; }
}
