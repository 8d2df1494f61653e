namespace ParentPartner.Reporting.Api.Domain;

/// <summary>Referral statuses in the API's words, with the order that settles two changes stamped with the same instant.</summary>
public static class ReferralStatuses
{
    public const string Received = "received";
    public const string Screened = "screened";
    public const string ReadyForMatching = "ready-for-matching";
    public const string InformationOnly = "information-only";
    public const string Matched = "matched";
    public const string Closed = "closed";
    public const string Withdrawn = "withdrawn";

    private static readonly string[] Order = [Received, Screened, ReadyForMatching, InformationOnly, Matched, Closed, Withdrawn];

    public static int Rank(string? status) => status is null ? -1 : Array.IndexOf(Order, status);

    /// <summary>Statuses in which a referral is no longer waiting for a support parent.</summary>
    public static bool LeavesQueue(string status) => status is InformationOnly or Matched or Closed or Withdrawn;
}
