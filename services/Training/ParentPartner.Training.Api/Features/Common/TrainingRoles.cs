using ParentPartner.ServiceDefaults.Auth;

namespace ParentPartner.Training.Api.Features.Common;

/// <summary>Who may do what in training.</summary>
public static class TrainingRoles
{
    /// <summary>Manage applications, courses and cohorts.</summary>
    public static readonly string[] Staff = [Roles.ProgramCoordinator, Roles.ProgramAdmin];

    /// <summary>Program settings and certification sweeps.</summary>
    public static readonly string[] Admin = [Roles.ProgramAdmin];

    /// <summary>Their own profile, transcript and sessions only.</summary>
    public static readonly string[] SupportParent = [Roles.SupportParent];
}
