using Microsoft.Extensions.Caching.Memory;

namespace ParentPartner.Scheduling.Api.Features.Calendars;

/// <summary>
/// Written feeds, per subscription, with the fingerprint of the rows they were written from. Calendar apps poll the
/// same feed for hours without a change, and writing 1,000 events costs far more than one aggregate query, so a read
/// whose fingerprint matches is served from here (and a client that sends the ETag back gets a 304). Every change a
/// feed shows moves the fingerprint: a new or changed row (count, latest update, SEQUENCE sum), a series' SEQUENCE,
/// or the day the 90-day window starts. Each instance keeps its own; none can serve a stale feed.
/// </summary>
public sealed class CalendarFeedCache : IDisposable
{
    private static readonly MemoryCacheEntryOptions Entry = new() { SlidingExpiration = TimeSpan.FromHours(1), Size = 1 };

    // Its own cache: a feed is about 270 KB for 1,000 appointments, and at most 500 are held per instance.
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 500 });

    public string? Get(Guid feedId, FeedFingerprint fingerprint) =>
        cache.TryGetValue(feedId, out (FeedFingerprint Fingerprint, string Text) held) && held.Fingerprint == fingerprint ? held.Text : null;

    public void Set(Guid feedId, FeedFingerprint fingerprint, string text) => cache.Set(feedId, (fingerprint, text), Entry);

    public void Dispose() => cache.Dispose();
}

/// <summary>What a feed's content depends on, cheap to read: compared, never shown (the ETag is its hash).</summary>
public sealed record FeedFingerprint(int Count, DateTimeOffset? LastUpdated, long Sequences, long SeriesSequences, DateOnly WindowStarts)
{
    // A method, not a property: the record's ToString, which it hashes, would print a property and recurse.
    public string ToETag() => $"\"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ToString())))[..32]}\"";
}
