namespace ParentPartner.Training.Api.Features.SupportParents;

/// <summary>When the support parent can meet families outside office hours.</summary>
public sealed record AvailabilityInput
{
    /// <summary>The support parent can meet families in the evenings.</summary>
    public bool? Evenings { get; init; }

    /// <summary>The support parent can meet families at weekends.</summary>
    public bool? Weekends { get; init; }
}
