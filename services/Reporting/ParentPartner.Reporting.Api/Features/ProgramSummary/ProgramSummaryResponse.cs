using ParentPartner.Reporting.Api.Features.Common;

namespace ParentPartner.Reporting.Api.Features.ProgramSummary;

/// <summary>
/// A program's figures for a period: referrals, information requests, matches, offers, trainings and support
/// parents. "Active" and "certified" are counted at the end of the period (now when it has no end).
/// Information requests are the information-only referrals and the anonymous inquiries of the tally together
/// (topics of both); <see cref="Inquiries"/> and the figures after it break the tally down, by the day each was answered. Outcomes are counted as they are known now.
/// </summary>
/// <param name="ProgramId">The program.</param>
/// <param name="From">The period's first day; null for no lower bound.</param>
/// <param name="To">The period's last day; null for up to now.</param>
/// <param name="ReferralsReceived">Referrals received in the period.</param>
/// <param name="ReferralsBySource">Those by referral source.</param>
/// <param name="ReferralsByStatus">Those by current status.</param>
/// <param name="InformationRequests">Information-only referrals plus answered anonymous inquiries.</param>
/// <param name="InformationRequestsByTopic">Those by topic.</param>
/// <param name="InformationOnlyReferrals">Referrals closed as information only.</param>
/// <param name="Inquiries">Anonymous inquiries answered.</param>
/// <param name="InquiriesResourcesSent">Of those, with resources sent.</param>
/// <param name="InquiriesByChannel">Inquiries by channel.</param>
/// <param name="InquiriesByTopic">Inquiries by topic.</param>
/// <param name="InquiriesByLanguage">Inquiries by language.</param>
/// <param name="InquiriesByCounty">Inquiries by county.</param>
/// <param name="MatchesMade">Matches made in the period.</param>
/// <param name="MatchesActive">Matches active at the end of the period.</param>
/// <param name="MatchesEnded">Matches ended in the period.</param>
/// <param name="MatchesEndedByReason">Those by end reason.</param>
/// <param name="Outcomes">Re-entry outcomes of families reunified in the period.</param>
/// <param name="OffersMade">Offers made.</param>
/// <param name="OffersDeclined">Offers declined.</param>
/// <param name="OffersDeclinedByReason">Those by decline reason code.</param>
/// <param name="OffersExpired">Offers that expired unanswered.</param>
/// <param name="TrainingsCompleted">Training sessions completed.</param>
/// <param name="TrainingHours">Training hours credited.</param>
/// <param name="SupportParentsCertified">Support parents certified at the end of the period.</param>
/// <param name="SupportParentsNewlyCertified">Support parents first certified in the period.</param>
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
