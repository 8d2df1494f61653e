namespace ParentPartner.AllianceHub.Api.Domain;

/// <summary>One figure of a submission as the state sent it (Value null when suppressed).</summary>
public sealed class SubmittedFigure
{
    public required string Name { get; set; }

    public int? Value { get; set; }

    public bool Suppressed { get; set; }
}
