using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Matching.Api.Data;

public sealed class MatchingDesignTimeFactory : DesignTimeDbContextFactory<MatchingDbContext>;
