namespace ParentPartner.Referral.Api.Features.Intake;

/// <summary>When the parent can meet or talk outside office hours (evenings and weekends are normal in these programs).</summary>
public sealed record AvailabilityInput
{
    public bool? Evenings { get; init; }

    public bool? Weekends { get; init; }
}
