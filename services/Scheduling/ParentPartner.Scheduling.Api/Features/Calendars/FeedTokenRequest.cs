namespace ParentPartner.Scheduling.Api.Features.Calendars;

public sealed record FeedTokenRequest
{
    /// <summary>Coordinators and admins only: the feed holds every appointment of the program, not just the ones you attend.</summary>
    public bool WholeProgram { get; init; }
}
