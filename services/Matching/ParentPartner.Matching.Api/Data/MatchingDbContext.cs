using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Matching.Api.Data;

public sealed class MatchingDbContext(DbContextOptions<MatchingDbContext> options, IProgramAccess programAccess)
    : ServiceDbContext(options, programAccess)
{
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        // The Matching model arrives with its issue; the outbox and inbox are already here.
    }
}
