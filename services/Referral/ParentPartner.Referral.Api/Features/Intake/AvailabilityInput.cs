namespace ParentPartner.Referral.Api.Features.Intake;

/// <summary>When the parent can meet or talk outside office hours (evenings and weekends are normal in these programs).</summary>
public sealed record AvailabilityInput
{
    /// <summary>The parent can meet or talk in the evenings.</summary>
    public bool? Evenings { get; init; }

    /// <summary>The parent can meet or talk at weekends.</summary>
    public bool? Weekends { get; init; }
}
