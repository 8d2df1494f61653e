namespace ParentPartner.Training.Api.Features.SupportParents;

public sealed record AvailabilityInput
{
    public bool? Evenings { get; init; }

    public bool? Weekends { get; init; }
}
