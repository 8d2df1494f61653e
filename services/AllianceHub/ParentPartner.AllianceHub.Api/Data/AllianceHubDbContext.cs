using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.AllianceHub.Api.Data;

public sealed class AllianceHubDbContext(DbContextOptions<AllianceHubDbContext> options, IProgramAccess programAccess)
    : ServiceDbContext(options, programAccess)
{
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        // The Alliance hub model arrives with its issue; the outbox and inbox are already here.
    }
}
