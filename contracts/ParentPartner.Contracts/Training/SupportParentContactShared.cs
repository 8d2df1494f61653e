namespace ParentPartner.Contracts.Training;

/// <summary>
/// How a certified support parent is named and reached inside their program, so a match can name both parties and
/// the coordinator can phone a volunteer who has no login. Kept apart from the matching profile, which never carries a
/// name (it is what may travel to another state). Sent on certification and whenever these details change; personal
/// data inside the state deployment only, never consumed by reporting or the hub.
/// </summary>
public sealed record SupportParentContactShared : IProgramEvent
{
    public required Guid SupportParentId { get; init; }
    public required string ProgramId { get; init; }
    public required string DisplayName { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public required DateTimeOffset SharedAt { get; init; }
}
