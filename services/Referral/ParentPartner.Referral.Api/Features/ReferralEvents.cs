using ParentPartner.Contracts.Referrals;
using ParentPartner.Referral.Api.Data;
using ParentPartner.Referral.Api.Domain;
using ParentPartner.ServiceDefaults.Erasure;
using ParentPartner.ServiceDefaults.Http;

namespace ParentPartner.Referral.Api.Features;

/// <summary>What referral tells the other services, always through the outbox in the same SaveChanges as the change.</summary>
public static class ReferralEvents
{
    public static void PublishReceived(this ReferralDbContext db, Domain.Referral referral) =>
        db.Publish(new ReferralReceived
        {
            ReferralId = referral.Id,
            ProgramId = referral.ProgramId,
            Source = referral.Source.ToString(),
            ReceivedAt = referral.ReceivedAt,
        });

    /// <summary>The status change itself, and the event that says what it means for the service that cares.</summary>
    public static void PublishTransition(this ReferralDbContext db, Domain.Referral referral, StatusChange change, ProgramKind? kind)
    {
        db.Publish(new ReferralStatusChanged
        {
            ReferralId = referral.Id,
            ProgramId = referral.ProgramId,
            From = change.From?.ToString() ?? "",
            To = change.To.ToString(),
            Reason = change.Reason,
            OccurredAt = change.ChangedAt,
        });
        switch (change.To)
        {
            case ReferralStatus.ReadyForMatching:
                db.Publish(MatchingProfile(referral, kind, change.ChangedAt));
                db.Publish(ContactShared(referral, change.ChangedAt));
                break;
            case ReferralStatus.InformationOnly:
                db.Publish(new ReferralInformationOnlyRecorded
                {
                    ReferralId = referral.Id,
                    ProgramId = referral.ProgramId,
                    Source = referral.Source.ToString(),
                    InformationGiven = [.. referral.InformationGiven],
                    OccurredAt = change.ChangedAt,
                });
                break;
            case ReferralStatus.Withdrawn:
                db.Publish(new ReferralWithdrawalRecorded
                {
                    ReferralId = referral.Id,
                    ProgramId = referral.ProgramId,
                    PreviousStatus = change.From?.ToString() ?? "",
                    Reason = change.Reason ?? "unspecified",
                    OccurredAt = change.ChangedAt,
                });
                break;
        }
    }

    public static void PublishConsentRevoked(this ReferralDbContext db, Domain.Referral referral, DateTimeOffset at) =>
        db.Publish(new ReferralConsentRevoked
        {
            ReferralId = referral.Id,
            ProgramId = referral.ProgramId,
            RevokedAt = referral.Consent.RevokedAt ?? at,
            OccurredAt = at,
        });

    /// <summary>
    /// Consent revoked: the events already written about the family, sent (kept for days) or pending, lose what
    /// described or reached them; ids, codes and dates stay so every count downstream is unchanged.
    /// </summary>
    public static async Task EraseSentAsync(this ReferralDbContext db, Guid referralId, CancellationToken cancellationToken)
    {
        await db.RedactOutboxAsync<ReferralMatchingRequested>(nameof(ReferralMatchingRequested.ReferralId), referralId, m => m.WithoutPersonalData(), cancellationToken);
        await db.RedactOutboxAsync<ReferralContactShared>(nameof(ReferralContactShared.ReferralId), referralId,
            m => m with { FirstName = null, Phone = null, Email = null, PreferredContact = null }, cancellationToken);
    }


    /// <summary>
    /// How the matched support parent may reach the family, kept apart from the matching profile. The first name always
    /// travels (the support parent must know whom to greet); phone and email only when the consent scope covers contact
    /// ("matching-and-contact"; a scope that says "no-contact" or only "matching" leaves the introduction to the coordinator).
    /// </summary>
    private static ReferralContactShared ContactShared(Domain.Referral referral, DateTimeOffset at)
    {
        var contact = ContactConsented(referral.Consent.Scope);
        return new ReferralContactShared
        {
            ReferralId = referral.Id,
            ProgramId = referral.ProgramId,
            ConsentScope = referral.Consent.Scope,
            FirstName = referral.Parent.FirstName,
            Phone = contact ? referral.Parent.Phone : null,
            Email = contact ? referral.Parent.Email : null,
            SharedAt = at,
        };
    }

    private static bool ContactConsented(string scope) =>
        scope.Contains("contact", StringComparison.OrdinalIgnoreCase) && !scope.Contains("no-contact", StringComparison.OrdinalIgnoreCase);

    /// <summary>An inquiry for the tally: codes and a day only, nothing about who asked.</summary>
    public static void PublishInformationRequest(this ReferralDbContext db, InformationRequest request) =>
        db.Publish(new InformationRequestRecorded
        {
            InquiryId = request.Id,
            ProgramId = request.ProgramId,
            Channel = KebabEnum.Name(request.Channel),
            Topics = [.. request.Topics],
            County = request.County,
            Language = request.Language,
            ResourcesSent = request.ResourcesSent,
            AnsweredOn = request.AnsweredOn,
            RecordedAt = request.RecordedAt,
        });

    public static void PublishReEntry(this ReferralDbContext db, ReEntry reEntry) =>
        db.Publish(new ReferralReEntryRecorded
        {
            ReferralId = reEntry.ReferralId,
            ProgramId = reEntry.ProgramId,
            MatchId = reEntry.MatchId,
            EnteredCareOn = reEntry.EnteredCareOn,
            RecordedAt = reEntry.RecordedAt,
        });

    // Only what matching's constraints and score use: no name, no contact, no free text.
    private static ReferralMatchingRequested MatchingProfile(Domain.Referral referral, ProgramKind? kind, DateTimeOffset at) => new()
    {
        ReferralId = referral.Id,
        ProgramId = referral.ProgramId,
        ProgramKind = kind?.ToString(),
        OccurredAt = at,
        ReceivedAt = referral.ReceivedAt,
        PreferredLanguages = [.. referral.Parent.PreferredLanguages],
        County = referral.Parent.County,
        ConditionCategories = [.. referral.Child.ConditionCategories],
        CaseStage = referral.CaseStage?.ToString(),
        ChildAge = referral.Child.Age,
        FatherToFatherWanted = referral.Parent.FatherToFatherWanted,
        CulturalBackground = referral.Needs.CulturalMatchWanted ? referral.Parent.CulturalBackground : null,
        AvailableEvenings = referral.Parent.AvailableEvenings,
        AvailableWeekends = referral.Parent.AvailableWeekends,
        QualitiesHopedFor = [.. referral.Needs.QualitiesHopedFor],
    };
}
