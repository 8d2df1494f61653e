using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Reporting.Api.Data;

public sealed class ReportingDesignTimeFactory : DesignTimeDbContextFactory<ReportingDbContext>;
