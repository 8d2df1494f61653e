using ParentPartner.Contracts.Referrals;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.EventLog;

namespace ParentPartner.Reporting.Api.Consumers;

/// <summary>
/// Consent revoked: the family's matching profile goes from the read models and from the referral's logged
/// events alike (a rebuild must not bring it back); counts and dates stay.
/// </summary>
public sealed class ReferralConsentRevokedConsumer(ReportingDbContext db, TimeProvider clock, ILogger<ReferralConsentRevokedConsumer> logger)
    : LoggedConsumer<ReferralConsentRevoked>(db, clock, logger)
{
    protected override Task AfterApplyAsync(ReferralConsentRevoked message, CancellationToken cancellationToken) =>
        ReportingEventLog.RedactReferralAsync(Db, message.ProgramId, message.ReferralId, cancellationToken);
}
