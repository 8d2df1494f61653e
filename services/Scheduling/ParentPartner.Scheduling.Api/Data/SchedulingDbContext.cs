using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Scheduling.Api.Data;

public sealed class SchedulingDbContext(DbContextOptions<SchedulingDbContext> options, IProgramAccess programAccess)
    : ServiceDbContext(options, programAccess)
{
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        // The Scheduling model arrives with its issue; the outbox and inbox are already here.
    }
}
