using ParentPartner.ServiceDefaults.Auth;

namespace ParentPartner.Testing;

/// <summary>The cast of the integration tests: two programs, each with its staff, plus roles that belong to no program.</summary>
public static class TestUsers
{
    public const string ProgramA = "test-program-a";
    public const string ProgramB = "test-program-b";

    public static readonly TestUser CoordinatorA = new("coord.a", "10000000-0000-4000-8000-00000000000a", [Roles.ProgramCoordinator], [ProgramA]);
    public static readonly TestUser CoordinatorB = new("coord.b", "10000000-0000-4000-8000-00000000000b", [Roles.ProgramCoordinator], [ProgramB]);
    public static readonly TestUser AdminA = new("admin.a", "20000000-0000-4000-8000-00000000000a", [Roles.ProgramAdmin], [ProgramA]);
    public static readonly TestUser SupportParentA = new("partner.a", "30000000-0000-4000-8000-00000000000a", [Roles.SupportParent], [ProgramA]);
    public static readonly TestUser PayrollApproverA = new("payroll.a", "40000000-0000-4000-8000-00000000000a", [Roles.PayrollApprover], [ProgramA]);
    public static readonly TestUser Analyst = new("analyst", "50000000-0000-4000-8000-000000000000", [Roles.AllianceAnalyst], []);
    public static readonly TestUser PlatformAdmin = new("platform", "60000000-0000-4000-8000-000000000000", [Roles.PlatformAdmin], []);

    public static readonly TestUser CoordinatorAB = new("coord.ab", "10000000-0000-4000-8000-0000000000ab", [Roles.ProgramCoordinator], [ProgramA, ProgramB]);
    public static readonly TestUser AdminB = new("admin.b", "20000000-0000-4000-8000-00000000000b", [Roles.ProgramAdmin], [ProgramB]);
    public static readonly TestUser SupportParentA2 = new("partner.a2", "30000000-0000-4000-8000-0000000000a2", [Roles.SupportParent], [ProgramA]);
    public static readonly TestUser SupportParentB = new("partner.b", "30000000-0000-4000-8000-00000000000b", [Roles.SupportParent], [ProgramB]);

    public static IReadOnlyList<TestUser> All { get; } =
        [CoordinatorA, CoordinatorB, CoordinatorAB, AdminA, AdminB, SupportParentA, SupportParentA2, SupportParentB, PayrollApproverA, Analyst, PlatformAdmin];

    /// <summary>A referring organisation's client in program A (the closed loop) and one in program B.</summary>
    public static readonly TestClient ReferrerA = new("referrer-a", "referrer-a-secret", [Roles.ReferringOrganisation], [ProgramA]);
    public static readonly TestClient ReferrerB = new("referrer-b", "referrer-b-secret", [Roles.ReferringOrganisation], [ProgramB]);

    public static IReadOnlyList<TestClient> Clients { get; } = [ReferrerA, ReferrerB];
}
