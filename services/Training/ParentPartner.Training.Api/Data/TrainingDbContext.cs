using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Training.Api.Data;

public sealed class TrainingDbContext(DbContextOptions<TrainingDbContext> options, IProgramAccess programAccess)
    : ServiceDbContext(options, programAccess)
{
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        // The Training model arrives with its issue; the outbox and inbox are already here.
    }
}
