using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ParentPartner.ServiceDefaults.Auth;

namespace ParentPartner.ServiceDefaults.Data;

/// <summary>
/// Lets `dotnet ef migrations add` build a service's context without starting the service; each
/// service derives one line from it.
/// </summary>
public abstract class DesignTimeDbContextFactory<TDbContext> : IDesignTimeDbContextFactory<TDbContext>
    where TDbContext : ServiceDbContext
{
    public TDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TDbContext>()
            .UseNpgsql("Host=localhost;Database=design_time")
            .UseSnakeCaseNamingConvention()
            .Options;
        return (TDbContext)Activator.CreateInstance(typeof(TDbContext), options, SystemProgramAccess.Instance)!;
    }
}
