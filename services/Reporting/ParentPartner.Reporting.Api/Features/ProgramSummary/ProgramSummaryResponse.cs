using ParentPartner.Reporting.Api.Features.Common;

namespace ParentPartner.Reporting.Api.Features.ProgramSummary;

/// <summary>
/// A program's figures for a period: referrals, information requests, matches, offers, trainings and support
/// parents. "Active" and "certified" are counted at the end of the period (now when it has no end).
/// Information requests are the information-only referrals and the anonymous inquiries of the tally together
/// (topics of both); <see cref="Inquiries"/> and the figures after it break the tally down, by the day each was answered. Outcomes are counted as they are known now.
/// </summary>
public sealed record ProgramSummaryResponse(
    string ProgramId,
    DateOnly? From,
    DateOnly? To,
    int ReferralsReceived,
    IReadOnlyDictionary<string, int> ReferralsBySource,
    IReadOnlyDictionary<string, int> ReferralsByStatus,
    int InformationRequests,
    IReadOnlyDictionary<string, int> InformationRequestsByTopic,
    int InformationOnlyReferrals,
    int Inquiries,
    int InquiriesResourcesSent,
    IReadOnlyDictionary<string, int> InquiriesByChannel,
    IReadOnlyDictionary<string, int> InquiriesByTopic,
    IReadOnlyDictionary<string, int> InquiriesByLanguage,
    IReadOnlyDictionary<string, int> InquiriesByCounty,
    int MatchesMade,
    int MatchesActive,
    int MatchesEnded,
    IReadOnlyDictionary<string, int> MatchesEndedByReason,
    MatchOutcomes Outcomes,
    int OffersMade,
    int OffersDeclined,
    IReadOnlyDictionary<string, int> OffersDeclinedByReason,
    int OffersExpired,
    int TrainingsCompleted,
    decimal TrainingHours,
    int SupportParentsCertified,
    int SupportParentsNewlyCertified);
