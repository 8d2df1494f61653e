namespace ParentPartner.Referral.Api.Consumers;

/// <summary>A match's end arrived before its start: retried until MatchMade has been applied (ids only in the message).</summary>
public sealed class MatchNotYetRecordedException(Guid matchId, Guid referralId)
    : Exception($"MatchEnded {matchId} arrived before MatchMade for referral {referralId}; retrying.");
