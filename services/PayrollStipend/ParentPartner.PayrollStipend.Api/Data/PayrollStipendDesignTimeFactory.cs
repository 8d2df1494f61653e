using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.PayrollStipend.Api.Data;

public sealed class PayrollStipendDesignTimeFactory : DesignTimeDbContextFactory<PayrollStipendDbContext>;
