using ParentPartner.Contracts.Alliance;
using ParentPartner.Contracts.Matching;
using ParentPartner.Contracts.Payroll;
using ParentPartner.Contracts.Referrals;
using ParentPartner.Contracts.Scheduling;
using ParentPartner.Contracts.Training;
using ParentPartner.Reporting.Api.Data;

namespace ParentPartner.Reporting.Api.Projections;

/// <summary>
/// The one way an event changes reporting's read models, used by the consumers and by a rebuild alike.
/// Every applier keys rows by the event's program and natural ids and settles conflicts by the event's own
/// times, so applying the same events in another order, or twice, gives the same figures.
/// </summary>
public static class ReportingProjection
{
    public static IReadOnlyList<Type> EventTypes { get; } =
    [
        typeof(ReferralReceived), typeof(ReferralStatusChanged), typeof(ReferralMatchingRequested),
        typeof(ReferralInformationOnlyRecorded), typeof(ReferralWithdrawalRecorded), typeof(ReferralConsentRevoked),
        typeof(SupportParentCertified), typeof(SupportParentProfileChanged), typeof(SupportParentCertificationLapsed),
        typeof(SupportParentCertificationRestored), typeof(SupportParentWithdrawn), typeof(TrainingAttended),
        typeof(MatchOffered), typeof(MatchOfferDeclined), typeof(MatchOfferExpired), typeof(MatchMade), typeof(MatchEnded),
        typeof(AnnualReportAnswered), typeof(ContactLogged), typeof(AppointmentClosed), typeof(PlanItemOverdue),
        typeof(InformationRequestRecorded), typeof(ReferralReEntryRecorded), typeof(PayrollPaid),
    ];

    private static readonly Dictionary<string, Type> ByName = EventTypes.ToDictionary(t => t.FullName!, StringComparer.Ordinal);

    public static Type? Resolve(string messageType) => ByName.GetValueOrDefault(messageType);

    /// <summary>Applies the event; returns what may be kept of it in the log (the event itself, or a redacted copy).</summary>
    public static async Task<object> ApplyAsync(ReportingDbContext db, object message, CancellationToken cancellationToken)
    {
        switch (message)
        {
            case ReferralReceived m: await ReferralProjection.ReceivedAsync(db, m, cancellationToken); break;
            case ReferralStatusChanged m: await ReferralProjection.StatusChangedAsync(db, m, cancellationToken); break;
            case ReferralMatchingRequested m: return await ReferralProjection.MatchingRequestedAsync(db, m, cancellationToken);
            case ReferralInformationOnlyRecorded m: await ReferralProjection.InformationOnlyAsync(db, m, cancellationToken); break;
            case ReferralWithdrawalRecorded m: await ReferralProjection.WithdrawnAsync(db, m, cancellationToken); break;
            case ReferralConsentRevoked m: await ReferralProjection.ConsentRevokedAsync(db, m, cancellationToken); break;
            case SupportParentCertified m: return await SupportParentProjection.CertifiedAsync(db, m, cancellationToken);
            case SupportParentProfileChanged m: return await SupportParentProjection.ProfileChangedAsync(db, m, cancellationToken);
            case SupportParentCertificationLapsed m: await SupportParentProjection.LapsedAsync(db, m, cancellationToken); break;
            case SupportParentCertificationRestored m: await SupportParentProjection.RestoredAsync(db, m, cancellationToken); break;
            case SupportParentWithdrawn m: await SupportParentProjection.WithdrawnAsync(db, m, cancellationToken); break;
            case TrainingAttended m: await TrainingProjection.AttendedAsync(db, m, cancellationToken); break;
            case MatchOffered m: await MatchProjection.OfferedAsync(db, m, cancellationToken); break;
            case MatchOfferDeclined m: await MatchProjection.DeclinedAsync(db, m, cancellationToken); break;
            case MatchOfferExpired m: await MatchProjection.ExpiredAsync(db, m, cancellationToken); break;
            case MatchMade m: await MatchProjection.MadeAsync(db, m, cancellationToken); break;
            case MatchEnded m: await MatchProjection.EndedAsync(db, m, cancellationToken); break;
            case AnnualReportAnswered m: await AnswerProjection.AnsweredAsync(db, m, cancellationToken); break;
            case ContactLogged m: await FollowUpProjection.ContactLoggedAsync(db, m, cancellationToken); break;
            case AppointmentClosed m: await FollowUpProjection.AppointmentClosedAsync(db, m, cancellationToken); break;
            case PlanItemOverdue m: await FollowUpProjection.PlanItemOverdueAsync(db, m, cancellationToken); break;
            case InformationRequestRecorded m: await InformationRequestProjection.RecordedAsync(db, m, cancellationToken); break;
            case ReferralReEntryRecorded m: await OutcomeProjection.ReEntryRecordedAsync(db, m, cancellationToken); break;
            case PayrollPaid m: await PayrollProjection.PaidAsync(db, m, cancellationToken); break;
            default: throw new ArgumentException($"Reporting does not apply {message.GetType().Name}", nameof(message));
        }
        return message;
    }
}
