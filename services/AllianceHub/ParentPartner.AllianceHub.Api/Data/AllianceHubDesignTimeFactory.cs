using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.AllianceHub.Api.Data;

public sealed class AllianceHubDesignTimeFactory : DesignTimeDbContextFactory<AllianceHubDbContext>;
