using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Scheduling.Api.Data;

public sealed class SchedulingDesignTimeFactory : DesignTimeDbContextFactory<SchedulingDbContext>;
