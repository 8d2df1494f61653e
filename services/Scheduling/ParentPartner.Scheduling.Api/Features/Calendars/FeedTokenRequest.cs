namespace ParentPartner.Scheduling.Api.Features.Calendars;

/// <summary>Turns a calendar feed's secret address over: the old one stops working.</summary>
/// <example>{}</example>
public sealed record FeedTokenRequest
{
    /// <summary>Coordinators and admins only: the feed holds every appointment of the program, not just the ones you attend.</summary>
    public bool WholeProgram { get; init; }
}
