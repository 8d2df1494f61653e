namespace ParentPartner.ServiceDefaults.Auth;

/// <summary>Keycloak realm roles, as they appear in realm_access.roles.</summary>
public static class Roles
{
    public const string ProgramCoordinator = "program-coordinator";
    public const string SupportParent = "support-parent";
    public const string PayrollApprover = "payroll-approver";
    public const string ProgramAdmin = "program-admin";
    public const string AllianceAnalyst = "alliance-analyst";
    public const string PlatformAdmin = "platform-admin";
    public const string FederationLink = "federation-link";

    /// <summary>A referring organisation's own client (client credentials): sees the status of the referrals it made.</summary>
    public const string ReferringOrganisation = "referring-organisation";
}
