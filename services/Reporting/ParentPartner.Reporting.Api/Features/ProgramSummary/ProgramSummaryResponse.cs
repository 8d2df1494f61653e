namespace ParentPartner.Reporting.Api.Features.ProgramSummary;

/// <summary>
/// A program's figures for a period: referrals, information requests, matches, offers, trainings and support
/// parents. "Active" and "certified" are counted at the end of the period (now when it has no end).
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
