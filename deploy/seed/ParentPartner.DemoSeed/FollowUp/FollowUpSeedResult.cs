namespace ParentPartner.DemoSeed.FollowUp;

/// <summary>What the follow-up seeder did for one program; <see cref="FeedUrl"/> is the demo support parent's calendar subscription.
/// <see cref="RecordedForOthers"/>: matches answered by the coordinator for support parents without a login (one then ended).</summary>
public sealed record FollowUpSeedResult(int Matches, int RecordedForOthers, int Appointments, int Contacts, string? FeedUrl, string Summary)
{
    public int Writes => (Matches + RecordedForOthers) * 2 + (RecordedForOthers == 2 ? 1 : 0) + Appointments + Contacts + (FeedUrl is null ? 0 : 1);
}
