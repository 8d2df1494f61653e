namespace ParentPartner.DemoSeed.FollowUp;

/// <summary>What the follow-up seeder did for one program; <see cref="FeedUrl"/> is the demo support parent's calendar subscription.</summary>
public sealed record FollowUpSeedResult(int Matches, int Appointments, int Contacts, string? FeedUrl, string Summary)
{
    public int Writes => Matches * 2 + Appointments + Contacts + (FeedUrl is null ? 0 : 1);
}
