using ParentPartner.ServiceDefaults.Auth;

namespace ParentPartner.AllianceHub.Api.Features;

/// <summary>Who may use the hub: alliance analysts review and read; platform admins read.</summary>
public static class HubAccess
{
    public static readonly string[] Readers = [Roles.AllianceAnalyst, Roles.PlatformAdmin];

    public static readonly string[] Reviewers = [Roles.AllianceAnalyst];
}
