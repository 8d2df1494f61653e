using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data.Configurations;
using ParentPartner.PayrollStipend.Api.Domain;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.PayrollStipend.Api.Data;

public sealed class PayrollStipendDbContext(DbContextOptions<PayrollStipendDbContext> options, IProgramAccess programAccess)
    : ServiceDbContext(options, programAccess)
{
    public DbSet<PayrollSettings> Settings => Set<PayrollSettings>();

    public DbSet<PayPolicy> Policies => Set<PayPolicy>();

    public DbSet<Payee> Payees => Set<Payee>();

    public DbSet<PayPeriod> Periods => Set<PayPeriod>();

    public DbSet<Timesheet> Timesheets => Set<Timesheet>();

    public DbSet<TimesheetLine> Lines => Set<TimesheetLine>();

    public DbSet<ContactRecord> Contacts => Set<ContactRecord>();

    public DbSet<MatchRecord> Matches => Set<MatchRecord>();

    public DbSet<PayrollExport> Exports => Set<PayrollExport>();

    public DbSet<Invoice> Invoices => Set<Invoice>();

    // Payroll holds support parents' pay and benefit-cliff data: their reads go on the chained audit log.
    protected override bool KeepsAuditLog => true;

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PayrollStipendDbContext).Assembly);
}
