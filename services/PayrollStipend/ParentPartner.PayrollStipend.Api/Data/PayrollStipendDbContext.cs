using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.PayrollStipend.Api.Data;

public sealed class PayrollStipendDbContext(DbContextOptions<PayrollStipendDbContext> options, IProgramAccess programAccess)
    : ServiceDbContext(options, programAccess)
{
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        // The Payroll and stipends model arrives with its issue; the outbox and inbox are already here.
    }
}
