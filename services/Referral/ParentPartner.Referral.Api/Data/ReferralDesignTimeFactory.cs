using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Referral.Api.Data;

public sealed class ReferralDesignTimeFactory : DesignTimeDbContextFactory<ReferralDbContext>;
