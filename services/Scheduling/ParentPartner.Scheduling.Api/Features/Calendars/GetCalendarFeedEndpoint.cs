using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.Scheduling.Api.Features.Calendars;

public static class GetCalendarFeedEndpoint
{
    /// <summary>How far back a feed reaches: calendars keep what they already have; older meetings need not travel again.</summary>
    private static readonly TimeSpan History = TimeSpan.FromDays(90);

    public static RouteHandlerBuilder MapGetCalendarFeed(this IEndpointRouteBuilder app) =>
        app.MapGet(FeedSecrets.PublicPath + "/{feed}", HandleAsync)
            .AllowAnonymous()
            .WithTags("Calendars")
            .WithName("GetCalendarFeed")
            .WithSummary("An iCalendar (RFC 5545) feed for a calendar app to subscribe to; the secret in the URL is the only key, so a revoked or unknown one is 404")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(
        string feed, SchedulingDbContext db, CalendarFeedCache cache, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var secret = feed.EndsWith(".ics", StringComparison.Ordinal) ? feed[..^4] : feed;
        if (secret.Length is 0 or > 100)
        {
            return Problem.NotFound("calendar feed");
        }
        var hash = FeedSecrets.Hash(secret);
        // No caller: the token says which program and whose appointments, so the program filter is replaced by its own.
        var token = await db.FeedTokens.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(t => t.SecretHash == hash && t.RevokedAt == null, cancellationToken);
        if (token is null)
        {
            return Problem.NotFound("calendar feed");
        }
        // The window moves by whole days, so a day's polls share one written feed.
        var since = new DateTimeOffset(clock.Now().UtcDateTime.Date, TimeSpan.Zero) - History;
        var mine = db.Appointments.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.ProgramId == token.ProgramId && (token.WholeProgram || a.SupportParentSubject == token.OwnerSubject));
        // Every poll pays this, so it is one round trip: the rows' count, latest update and SEQUENCE sums together.
        var rows = await mine.GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), LastUpdated = g.Max(a => (DateTimeOffset?)a.UpdatedAt), Sequences = g.Sum(a => (long)a.Sequence) })
            .FirstOrDefaultAsync(cancellationToken);
        var seriesSequences = rows is null ? 0
            : await db.AppointmentSeries.IgnoreQueryFilters().Where(s => mine.Any(a => a.SeriesId == s.Id)).SumAsync(s => (long)s.Sequence, cancellationToken);
        var fingerprint = new FeedFingerprint(rows?.Count ?? 0, rows?.LastUpdated, rows?.Sequences ?? 0, seriesSequences, DateOnly.FromDateTime(since.UtcDateTime));
        var etag = fingerprint.ToETag();
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = "private, max-age=300";
        if (http.Request.Headers.IfNoneMatch == etag)
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        if (cache.Get(token.Id, fingerprint) is { } written)
        {
            return TypedResults.Text(written, CalendarFeedWriter.ContentType);
        }
        var recent = await mine.Where(a => a.EndsAt >= since).ToListAsync(cancellationToken);
        var seriesIds = recent.Where(a => a.SeriesId != null).Select(a => a.SeriesId!.Value).Distinct().ToList();
        // A series travels whole, so its RRULE starts where it started.
        var older = seriesIds.Count == 0 ? [] : await mine.Where(a => a.EndsAt < since && a.SeriesId != null && seriesIds.Contains(a.SeriesId.Value)).ToListAsync(cancellationToken);
        var series = await db.AppointmentSeries.IgnoreQueryFilters().AsNoTracking().Where(s => seriesIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var text = CalendarFeedWriter.Write([.. recent, .. older], series);
        cache.Set(token.Id, fingerprint, text);
        return TypedResults.Text(text, CalendarFeedWriter.ContentType);
    }
}
