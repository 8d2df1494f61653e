using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using ParentPartner.Identity;

namespace ParentPartner.Identity.Tests;

/// <summary>
/// Runs the issuer in-process on TestServer with a fixed issuer, audience and lifetime, plus
/// test users and clients injected at high indices so the demo data from appsettings.json stays.
/// </summary>
public sealed class IssuerFactory : WebApplicationFactory<SigningKeyProvider>
{
    public const string Issuer = "http://identity.test/realms/parentpartner";
    public const string Audience = "parentpartner-api";
    public const int LifetimeMinutes = 15;

    public const string MultiProgramUser = "test.multi";
    public const string MultiProgramSubject = "00000000-0000-4000-8000-000000000100";
    public const string TestClient = "test-service";
    public const string TestClientSecret = "test-secret";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Identity:Issuer", Issuer);
        builder.UseSetting("Identity:Audience", Audience);
        builder.UseSetting("Identity:AccessTokenLifetimeMinutes", LifetimeMinutes.ToString());

        builder.UseSetting("Identity:Users:100:Username", MultiProgramUser);
        builder.UseSetting("Identity:Users:100:Password", "multi-password");
        builder.UseSetting("Identity:Users:100:Subject", MultiProgramSubject);
        builder.UseSetting("Identity:Users:100:Roles:0", "program-coordinator");
        builder.UseSetting("Identity:Users:100:Roles:1", "program-admin");
        builder.UseSetting("Identity:Users:100:Programs:0", "ia-parent-partner");
        builder.UseSetting("Identity:Users:100:Programs:1", "wa-p2p");

        // Same username as a demo user: the later entry replaces it.
        builder.UseSetting("Identity:Users:101:Username", "payroll.iowa");
        builder.UseSetting("Identity:Users:101:Password", "replaced-password");
        builder.UseSetting("Identity:Users:101:Subject", "00000000-0000-4000-8000-000000000101");
        builder.UseSetting("Identity:Users:101:Roles:0", "payroll-approver");
        builder.UseSetting("Identity:Users:101:Programs:0", "ia-parent-partner");

        builder.UseSetting("Identity:Clients:100:ClientId", TestClient);
        builder.UseSetting("Identity:Clients:100:ClientSecret", TestClientSecret);
        builder.UseSetting("Identity:Clients:100:Roles:0", "federation-link");
        builder.UseSetting("Identity:Clients:100:Roles:1", "alliance-analyst");
    }
}
