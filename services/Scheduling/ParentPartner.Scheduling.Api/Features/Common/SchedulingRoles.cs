using ParentPartner.ServiceDefaults.Auth;

namespace ParentPartner.Scheduling.Api.Features.Common;

/// <summary>Who may do what in scheduling.</summary>
public static class SchedulingRoles
{
    /// <summary>Any appointment in their programs.</summary>
    public static readonly string[] Staff = [Roles.ProgramCoordinator, Roles.ProgramAdmin];

    /// <summary>Staff, and support parents for the appointments they attend.</summary>
    public static readonly string[] Attendees = [Roles.ProgramCoordinator, Roles.ProgramAdmin, Roles.SupportParent];
}
